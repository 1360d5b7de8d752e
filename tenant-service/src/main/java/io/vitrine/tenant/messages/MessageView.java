package io.vitrine.tenant.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A message as reviewers see it. The contact reference stays out: reviewers approve the text, the
 * delivery service resolves the address.
 *
 * @param generatedBy {@code model} when the tenant's model phrased the body, {@code fallback} when
 *     it is the template's; null for skipped rows and drafts older than the AI layer
 * @param generationId the audited generation of the body ({@code /v1/admin/generations/{id}})
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
    Instant createdAt,
    String generatedBy,
    UUID generationId) {}
