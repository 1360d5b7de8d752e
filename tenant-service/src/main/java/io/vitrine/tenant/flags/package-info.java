/**
 * Which AI features are on for which store: the flags the operator publishes per StoreRollout
 * revision in this tenant's namespace, watched without a restart, and the retailer's defaults for
 * features no rollout governs ({@code /v1/internal/flags}, {@code vitrine.features.*}).
 */
package io.vitrine.tenant.flags;
