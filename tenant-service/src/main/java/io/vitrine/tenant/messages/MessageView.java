package io.vitrine.tenant.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A message as reviewers see it. The contact reference stays out: reviewers approve the text, the
 * delivery service resolves the address.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(
    long id,
    MessageKind kind,
    long saleId,
    Long storeId,
    MessageStatus status,
    SkipReason skipReason,
    ContactChannel channel,
    String subject,
    String body,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    Instant sentAt,
    Instant createdAt) {}
