/**
 * The associate copilot ({@code POST /v1/copilot/questions}, associate and up, feature {@code
 * copilot}): answers a question from the tenant's catalog and knowledge base, citing what it was
 * given, and takes facts from tools rather than from a model: stock across stores (the stock
 * feature's availability, {@link io.vitrine.tenant.copilot.StockTool}), the customer's loyalty
 * standing (the loyalty ledger), and the checkout's screening engine for every ingredient or
 * allergy question ({@link io.vitrine.tenant.copilot.ScreeningTool}: a model never decides safety).
 *
 * <p><b>The answer is Vitrine's.</b> It is composed deterministically: the retrieved sources
 * numbered [1], [2] ... with their ids (SKUs, knowledge-document ids and passage hashes), then the
 * tools' facts as sentences Vitrine writes. A model may only re-word the retrieved part, through
 * the one seam {@link io.vitrine.tenant.copilot.AnswerPhrasing}; a wording that cites a source it
 * was not given, or none, is dropped. {@link io.vitrine.tenant.copilot.ModelAnswerPhrasing} asks
 * the tenant's model through the model gateway (guarded, bounded by {@code
 * vitrine.copilot.model-deadline}, audited as a generation under the answer's id); without a model
 * endpoint, or when it fails or runs late, the answer is complete as composed.
 *
 * <p><b>Retrieval</b> ({@link io.vitrine.tenant.copilot.CatalogRetriever}) is hybrid: BM25 over
 * product names, brands and descriptions and passage titles and text, and k-NN (lucene engine) over
 * the same documents' all-MiniLM-L6-v2 vectors, both on the tenant's own index alias (one index per
 * tenant: nothing of another tenant can be retrieved). The two lists are fused in the service
 * ({@link io.vitrine.tenant.copilot.ScoreFusion}: each list min-max normalised, then a weighted
 * arithmetic mean), which is what OpenSearch's {@code hybrid} query with the normalization
 * processor computes. That query needs the neural-search plugin (and ml-commons), which the shared
 * local OpenSearch and the operator's clusters do not have; two plain queries and a fusion of 60
 * lines need no plugin, no search pipeline per tenant, and are unit-tested. {@code make
 * bench-copilot} measures the fusion against each method alone in the same run. When the closest
 * item is less similar than {@code vitrine.copilot.min-similarity}, the copilot says it found
 * nothing and whom to ask.
 *
 * <p>Every answer is audited ({@code copilot.answered}) with hashes of the question and the answer,
 * never their text, the sources' ids, the tools used and who wrote the wording.
 */
package io.vitrine.tenant.copilot;
