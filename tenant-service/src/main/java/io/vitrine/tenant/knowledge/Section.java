package io.vitrine.tenant.knowledge;

/**
 * A stretch of a document's text under one heading (null before the first heading, or for a PDF
 * page without one).
 */
record Section(String heading, String text) {}
