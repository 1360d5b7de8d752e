package io.vitrine.tenant.knowledge;

/**
 * What an upload or replacement did: the document, and how many passages were embedded and indexed
 * ({@code added}), left as they were ({@code kept}) and taken out ({@code removed}).
 */
public record KnowledgeWrite(KnowledgeDocument document, int added, int kept, int removed) {}
