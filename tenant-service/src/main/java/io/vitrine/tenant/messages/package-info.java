/**
 * Post-purchase regimen guidance, drafted per sale and sent only after a person approves it.
 *
 * <p><b>Draft.</b> {@link
 * io.vitrine.tenant.messages.PostPurchaseMessageService#onSaleCompleted(long)} places the sale's
 * products on the regimen steps of {@code regimen/steps.json} (AM: cleanser, toner, serum,
 * moisturizer, SPF; PM: cleanser, serum or retinoid, moisturizer), renders the Qute templates under
 * {@code templates/messages/} for the consented channel and stores a DRAFT. The body is phrased by
 * the tenant's model from the plan alone ({@link io.vitrine.tenant.messages.RegimenPrompt}, {@link
 * io.vitrine.tenant.messages.RegimenMessageModel}, through {@code io.vitrine.tenant.ai}) when it
 * answers within {@code vitrine.messages.draft-deadline}, and is the template's otherwise; the
 * draft says which ({@code generatedBy}) and names its audited generation ({@code generationId}).
 * The SMS opt-out line is always Vitrine's. Without the {@code post-purchase-messages} flag, a
 * customer, a contact consent or a service/marketing consent, or a product that fills a step, it
 * stores a SKIPPED row with the reason instead. Each sale gets one row; handling it again changes
 * nothing. {@code io.vitrine.tenant.pos.sale.SaleFollowUps} calls it for the {@code
 * POST_PURCHASE_MESSAGE} follow-up each new POS sale records.
 *
 * <p><b>Review.</b> Store managers and retailer admins approve or reject drafts ({@code
 * /v1/messages}). An approval writes the outbox row and the audit record in its own transaction.
 *
 * <p><b>Delivery.</b> {@link io.vitrine.tenant.messages.OutboxDispatcher} claims due outbox rows
 * with a lease, hands each to the {@link io.vitrine.tenant.messages.MessageChannel} of its channel
 * (HTTP delivery services for e-mail and SMS, with an {@code Idempotency-Key} that is the same on
 * every attempt) and retries with exponential backoff until {@code vitrine.messages.max-attempts}.
 * Logs and stored errors hold ids, channels and HTTP statuses, never an address reference or a
 * text. Drafts, skips, approvals, rejections, sends and failures are appended to {@code audit_log}
 * in the transaction that makes them.
 */
package io.vitrine.tenant.messages;
