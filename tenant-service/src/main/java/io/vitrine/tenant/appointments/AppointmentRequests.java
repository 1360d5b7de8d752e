package io.vitrine.tenant.appointments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the till and the retailer admin send. */
public final class AppointmentRequests {

  private AppointmentRequests() {}

  /** A booking; {@code sourceTransactionId} is the till's own id, audited with it. */
  public record Book(
      @NotNull Long storeId,
      @NotBlank @Size(max = 64) String serviceType,
      @NotNull Instant startsAt,
      Long assetId,
      @Size(max = 128) String customerPseudonym,
      @NotBlank @Size(max = 128) String sourceTransactionId) {}

  public record Reschedule(
      @NotNull Instant startsAt, @NotBlank @Size(max = 128) String sourceTransactionId) {}

  public record Cancel(@NotBlank @Size(max = 128) String sourceTransactionId) {}

  /** A service a store offers. */
  public record ServiceTypeBody(
      @NotNull @Min(5) @Max(480) Integer durationMinutes,
      @NotNull @Min(1) @Max(50) Integer capacity) {}

  /** Service codes: lower-case words joined by hyphens. */
  public static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
}
