/**
 * The retailer's knowledge base ({@code /v1/admin/knowledge/documents}, retailer-admin): care
 * guides, product manuals, warranty terms and return policies uploaded as Markdown, HTML or PDF,
 * split into passages by section, embedded in process and indexed beside the products in the
 * tenant's catalog index. Owns the {@code knowledge_documents} and {@code knowledge_passages}
 * tables; a passage is known by the SHA-256 of what is indexed of it, so a replacement embeds and
 * indexes only the passages that changed and deletes those that went. A catalog rebuild writes the
 * passages into the new index ({@link io.vitrine.tenant.knowledge.PassageIndex}).
 */
package io.vitrine.tenant.knowledge;
