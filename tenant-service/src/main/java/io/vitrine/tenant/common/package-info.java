/**
 * Plumbing every feature shares and that knows no feature: problem details, security roles and
 * actors, database helpers, the OpenSearch clients.
 */
package io.vitrine.tenant.common;
