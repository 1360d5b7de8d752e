/**
 * The append-only audit log ({@code audit_log}) and its reading by auditors ({@code
 * /v1/admin/audit}). Every feature records what people and the AI did here; the log only records:
 * no feature reads its own state back from it.
 */
package io.vitrine.tenant.audit;
