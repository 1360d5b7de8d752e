package io.vitrine.tenant.ai;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.service.Result;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * {@link ModelGateway} on the tenant's endpoint: refuses prompts with personal data, calls the
 * feature's AI service on a worker thread (AI services block) within the request's deadline, and
 * writes the {@code generations} row and its {@code audit_log} entry in one transaction.
 */
@ApplicationScoped
public class GenerationService implements ModelGateway {

  static final String AUDIT_ACTION = "ai.generation";
  private static final Logger LOG = Logger.getLogger(GenerationService.class);

  private final ModelEndpoint endpoint;
  private final GenerationRepository generations;
  private final Database database;
  private final Executor workers;

  @Inject
  public GenerationService(Config config, GenerationRepository generations, Database database) {
    this(ModelEndpoint.from(config), generations, database, Infrastructure.getDefaultWorkerPool());
  }

  GenerationService(
      ModelEndpoint endpoint,
      GenerationRepository generations,
      Database database,
      Executor workers) {
    this.endpoint = endpoint;
    this.generations = generations;
    this.database = database;
    this.workers = workers;
  }

  @Override
  public boolean configured() {
    return endpoint.enabled();
  }

  @Override
  public Uni<Generation> generate(GenerationRequest request) {
    long started = System.nanoTime();
    if (!endpoint.enabled()) {
      return fallback(request, Attempt.notSent(FallbackReason.NO_MODEL_ENDPOINT), started);
    }
    GuardVerdict verdict = PromptGuard.inspect(request.prompt(), request.personal());
    if (!verdict.clean()) {
      LOG.warnf(
          "%s prompt %s for %s refused: it contains %s",
          request.feature(), request.prompt().template(), request.source(), verdict.kinds());
      return fallback(request, Attempt.refused(verdict), started);
    }
    return Uni.createFrom()
        .item(() -> answer(request))
        .runSubscriptionOn(workers)
        .ifNoItem()
        .after(request.deadline())
        .recoverWithItem(() -> unanswered(ModelFallback.unanswered(FallbackReason.MODEL_TIMEOUT)))
        .onFailure()
        .recoverWithItem(failure -> unanswered(ModelFallback.unanswered(failure)))
        .flatMap(answer -> settle(request, answer, started));
  }

  /** Calls the feature's AI service; on the calling thread, as {@link ServedModel} needs. */
  private static Answer answer(GenerationRequest request) {
    ServedModel.clear();
    Result<String> result = request.model().apply(request.prompt());
    ChatResponse served =
        result.finalResponse() != null ? result.finalResponse() : ServedModel.take();
    return new Answer(result, modelVersion(served));
  }

  private static Answer unanswered(Result<String> result) {
    return new Answer(result, null);
  }

  /** What the AI service answered, and the model version the server reported for it. */
  private record Answer(Result<String> result, String modelVersion) {}

  private Uni<Generation> settle(GenerationRequest request, Answer answer, long started) {
    Result<String> result = answer.result();
    if (result instanceof ModelFallback.Unanswered unanswered) {
      FallbackReason reason = unanswered.reason();
      return fallback(
          request,
          reason == FallbackReason.PROMPT_REFUSED ? Attempt.notSent(reason) : Attempt.sent(reason),
          started);
    }
    String text = result.content() == null ? "" : result.content().strip();
    if (!usable(request, text)) {
      return fallback(request, Attempt.sent(FallbackReason.UNUSABLE_ANSWER), started);
    }
    return record(
        request,
        UUID.randomUUID(),
        GeneratedBy.MODEL,
        text,
        Attempt.sent(null),
        answer.modelVersion(),
        started);
  }

  /**
   * An answer is used only when it fits and carries no personal data: a model may write an address
   * or a number of its own, and a customer must never receive one it invented.
   */
  private static boolean usable(GenerationRequest request, String text) {
    return !text.isEmpty()
        && text.length() <= request.maxChars()
        && PromptGuard.inspect(text).clean()
        && !request.personal().foundIn(text);
  }

  private Uni<Generation> fallback(GenerationRequest request, Attempt attempt, long started) {
    String text = request.fallback().get();
    return record(request, UUID.randomUUID(), GeneratedBy.FALLBACK, text, attempt, null, started);
  }

  private Uni<Generation> record(
      GenerationRequest request,
      UUID id,
      GeneratedBy by,
      String text,
      Attempt attempt,
      String modelVersion,
      long started) {
    var record =
        new GenerationRecord(
            id,
            null,
            request.feature(),
            request.source().type(),
            request.source().id(),
            by,
            attempt.reason(),
            attempt.refused(),
            endpoint.enabled() ? endpoint.modelName() : null,
            modelVersion,
            request.prompt().template().name(),
            request.prompt().template().version(),
            attempt.sent() ? request.prompt().sha256() : null,
            Sha256.hex(text),
            request.citations(),
            Duration.ofNanos(System.nanoTime() - started).toMillis());
    return database
        .inTransaction(
            sql ->
                generations
                    .insert(sql, record)
                    .flatMap(done -> AuditRows.append(sql, auditRow(request, record))))
        .replaceWith(new Generation(id, by, attempt.reason(), text, request.citations()));
  }

  private static AuditRow auditRow(GenerationRequest request, GenerationRecord record) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("feature", record.feature());
    details.put("source", request.source().toString());
    details.put("generated_by", record.generatedBy().key());
    details.put(
        "fallback_reason", record.fallbackReason() == null ? null : record.fallbackReason().key());
    details.put("refused", record.refused());
    details.put("model", record.model());
    details.put("model_version", record.modelVersion());
    details.put("prompt_template", record.promptTemplate());
    details.put("prompt_template_version", record.promptTemplateVersion());
    details.put("prompt_sha256", record.promptSha256());
    details.put("output_sha256", record.outputSha256());
    details.put("citations", record.citations());
    return AuditRow.of(
        request.actor(), AUDIT_ACTION, "generation", record.id().toString(), details);
  }

  /** The model the server reports and its build fingerprint, e.g. {@code gemma-3 b6500-3f4e}. */
  static String modelVersion(ChatResponse response) {
    if (response == null || response.metadata() == null) {
      return null;
    }
    String model = response.metadata().modelName();
    String fingerprint =
        response.metadata() instanceof OpenAiChatResponseMetadata openAi
            ? openAi.systemFingerprint()
            : null;
    return fingerprint == null ? model : model + " " + fingerprint;
  }

  /** Whether the prompt left the process, and why the fallback was used. */
  private record Attempt(boolean sent, FallbackReason reason, String refused) {

    static Attempt sent(FallbackReason reason) {
      return new Attempt(true, reason, null);
    }

    static Attempt notSent(FallbackReason reason) {
      return new Attempt(false, reason, null);
    }

    static Attempt refused(GuardVerdict verdict) {
      return new Attempt(false, FallbackReason.PROMPT_REFUSED, verdict.kinds());
    }
  }
}
