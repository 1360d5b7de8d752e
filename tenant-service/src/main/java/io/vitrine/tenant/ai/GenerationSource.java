package io.vitrine.tenant.ai;

import java.util.Objects;

/**
 * What a generation was made for, so that the auditor finds it from there: a sale ({@code
 * sale:123}), a till or copilot request ({@code request:<id>}), a product ({@code product:<sku>}).
 */
public record GenerationSource(String type, String id) {

  public GenerationSource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public static GenerationSource sale(long saleId) {
    return new GenerationSource("sale", Long.toString(saleId));
  }

  public static GenerationSource request(String requestId) {
    return new GenerationSource("request", requestId);
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
