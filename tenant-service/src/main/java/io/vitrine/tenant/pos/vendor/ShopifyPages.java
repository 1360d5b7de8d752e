package io.vitrine.tenant.pos.vendor;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shopify's REST paging: the next page is the {@code Link: <...>; rel="next"} header's URL. */
final class ShopifyPages {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  private ShopifyPages() {}

  static Optional<URI> next(VendorHttp.Answer answer) {
    Optional<String> link = answer.headers().firstValue("Link");
    if (link.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = NEXT.matcher(link.get());
    return matcher.find() ? Optional.of(URI.create(matcher.group(1))) : Optional.empty();
  }
}
