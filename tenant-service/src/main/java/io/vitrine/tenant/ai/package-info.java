/**
 * The model-access layer every generative feature goes through: the tenant's one OpenAI-compatible
 * endpoint ({@code spec.ai} of the RetailerIntegration, wired by the operator as {@code
 * QUARKUS_LANGCHAIN4J_OPENAI_*}), reached only through {@link io.vitrine.tenant.ai.ModelGateway}.
 *
 * <p><b>The API a feature uses</b> (small on purpose):
 *
 * <ol>
 *   <li>Declare the feature's AI service in the feature's package: a {@code @RegisterAiService(
 *       chatLanguageModelSupplier = TenantChatModel.class, chatMemoryProviderSupplier =
 *       RegisterAiService.NoChatMemoryProviderSupplier.class)} interface whose method takes the
 *       prompt's system and user text ({@code @SystemMessage("{system}") @UserMessage("{user}")})
 *       and returns {@code Result<String>}, with {@code @Timeout}, {@code @CircuitBreaker(skipOn =
 *       PromptRefusedException.class)} and {@code @Fallback(fallbackMethod = "unanswered")}, a
 *       default method {@code unanswered(system, user, Throwable)} returning the raw {@code Result}
 *       (the generated implementation's return type is raw) of {@link
 *       io.vitrine.tenant.ai.ModelFallback#unanswered(Throwable)}. Example: {@code
 *       io.vitrine.tenant.messages.RegimenMessageModel}.
 *   <li>Render a {@link io.vitrine.tenant.ai.Prompt} (a versioned {@link
 *       io.vitrine.tenant.ai.PromptTemplate}, system and user text) from pseudonyms and the minimum
 *       fields: SKUs or product names, categories, tiers, document ids and passages; never a name,
 *       a contact, a note typed about a customer.
 *   <li>Call {@link io.vitrine.tenant.ai.ModelGateway#generate} with a {@link
 *       io.vitrine.tenant.ai.GenerationRequest}: feature key, actor, {@link
 *       io.vitrine.tenant.ai.GenerationSource} (sale, request id...), the prompt, the {@link
 *       io.vitrine.tenant.ai.PersonalValues} the feature holds (refused if found in the prompt or
 *       the answer), the citations Vitrine computed (SKUs, document ids), the call to the AI
 *       service, the deterministic fallback text, the deadline and the longest usable answer.
 *   <li>Use the {@link io.vitrine.tenant.ai.Generation}: its text, who wrote it ({@code model} or
 *       {@code fallback} and why), its id (show it with the answer so auditors can find it). The
 *       returned {@code Uni} never fails because of the model, only if the audit cannot be written.
 * </ol>
 *
 * <p><b>Privacy.</b> {@link io.vitrine.tenant.ai.PromptGuard} refuses, before any call, a prompt
 * with an e-mail address, a phone number, a payment card number (Luhn) or one of the request's
 * personal values; {@code GuardedChatModel} checks every message again where langchain4j hands it
 * to the client (tool calls and tool results included), so no AI service can bypass it. An answer
 * that carries such data is not used either. The endpoint is asked not to retain requests ({@code
 * store: false}); neither this service nor the client logs prompts or answers.
 *
 * <p><b>Fallback.</b> Without an endpoint, with a refused prompt, when the model fails, times out,
 * answers nothing usable or its circuit is open, the feature's deterministic text is used and the
 * generation says so ({@code generated_by: fallback} and a {@link
 * io.vitrine.tenant.ai.FallbackReason}). Nothing on the checkout path calls the gateway.
 *
 * <p><b>Audit.</b> Every generation, by the model or the fallback, is a row of {@code generations}
 * and an {@code ai.generation} entry of {@code audit_log}, written together: source, model and its
 * version as the server reports it (model and build fingerprint), prompt template and version,
 * SHA-256 of the exact messages sent ({@link io.vitrine.tenant.ai.Prompt#sha256()}; none when
 * nothing was sent), sources cited and SHA-256 of the output. Auditors read it at {@code
 * /v1/admin/generations/{id}}, {@code /v1/admin/generations?source=sale:42} and {@code
 * /v1/admin/audit?target=generation:{id}}.
 */
package io.vitrine.tenant.ai;
