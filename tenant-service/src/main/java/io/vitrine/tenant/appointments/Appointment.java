package io.vitrine.tenant.appointments;

import java.time.Instant;

/** A booked or cancelled appointment; the customer as a pseudonym only. */
public record Appointment(
    long id,
    long storeId,
    String serviceType,
    Instant startsAt,
    Instant endsAt,
    Long assetId,
    String customerPseudonym,
    String status) {}
