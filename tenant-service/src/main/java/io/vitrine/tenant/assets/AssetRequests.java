package io.vitrine.tenant.assets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the till and the back office send. {@code sourceTransactionId} is the id of the transaction
 * in the retailer's own system (a POS receipt, a repair order, a buy-back slip): it is audited with
 * the action and makes a retried request harmless where the action is not repeatable.
 */
public final class AssetRequests {

  private AssetRequests() {}

  /** An item received into a store: new stock, or a known asset bought back. */
  public record Receive(
      @NotBlank @Size(max = 128) String sku,
      @NotBlank @Size(max = 64) String serial,
      @NotNull Long storeId,
      @NotBlank @Size(max = 128) String sourceTransactionId) {}

  /**
   * Something that happened to an asset: received, transferred, serviced, returned, reported stolen
   * or resold.
   *
   * @param customerPseudonym the new owner for a transfer or a resale
   * @param underWarranty for a service: the repair was done under warranty
   */
  public record Event(
      @NotNull AssetEventKind kind,
      Long storeId,
      @Size(max = 128) String customerPseudonym,
      @NotBlank @Size(max = 128) String sourceTransactionId,
      Boolean underWarranty) {}

  /** Who checked what, and the result; photos are references into the retailer's media store. */
  public record Authentication(
      @Size(max = 20) List<@NotBlank @Size(max = 128) String> documents,
      Boolean movementMatches,
      Boolean serialMatches,
      @Size(max = 20) List<@NotBlank @Size(max = 512) String> photoRefs,
      @NotNull AuthenticationResult result,
      @NotBlank @Size(max = 128) String sourceTransactionId) {}

  /** The outcome of an authentication. */
  public enum AuthenticationResult {
    AUTHENTIC,
    NOT_AUTHENTIC,
    INCONCLUSIVE
  }

  /** Coverage added to one asset: a protection plan sold, or goodwill. */
  public record Extension(
      @NotNull @Min(1) @Max(120) Integer months,
      @NotNull ExtensionReason reason,
      @NotBlank @Size(max = 128) String sourceTransactionId) {}

  /** Why coverage was extended. */
  public enum ExtensionReason {
    PROTECTION_PLAN,
    GOODWILL
  }

  /** The retailer's warranty for a product. */
  public record WarrantyRuleBody(
      @NotNull @Min(0) @Max(600) Integer months,
      @NotNull WarrantyRule.StartBasis startBasis,
      @NotNull Boolean transferable,
      @NotNull WarrantyRule.RepairPolicy repairPolicy,
      @Min(0) @Max(120) Integer repairExtensionMonths) {}

  /** Where the serial is on this POS's lines. */
  public record SerialRuleBody(
      @NotNull SerialRule.Source source,
      @Size(max = 128) String name,
      @Size(max = 256) String pattern) {}
}
