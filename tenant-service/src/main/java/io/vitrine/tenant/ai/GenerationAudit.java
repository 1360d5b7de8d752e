package io.vitrine.tenant.ai;

import static io.vitrine.tenant.common.problem.ProblemType.GENERATION_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Auditors' reading of the generations; {@link GenerationService} writes them. */
@ApplicationScoped
public class GenerationAudit {

  private final GenerationRepository generations;
  private final Database database;

  public GenerationAudit(GenerationRepository generations, Database database) {
    this.generations = generations;
    this.database = database;
  }

  public Uni<GenerationRecord> find(UUID id) {
    return generations
        .find(database.client(), id)
        .map(found -> found.orElseThrow(() -> Problem.of(GENERATION_NOT_FOUND, id)));
  }

  public Uni<List<GenerationRecord>> forSource(String type, String id, int limit) {
    return generations.forSource(database.client(), type, id, limit);
  }
}
