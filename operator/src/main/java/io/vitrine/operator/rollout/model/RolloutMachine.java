package io.vitrine.operator.rollout.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.operator.api.v1alpha1.rollout.ActionRecord;
import io.vitrine.operator.api.v1alpha1.rollout.Approval;
import io.vitrine.operator.api.v1alpha1.rollout.ApprovalRecord;
import io.vitrine.operator.api.v1alpha1.rollout.ApprovalSpec;
import io.vitrine.operator.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.operator.api.v1alpha1.rollout.FeatureName;
import io.vitrine.operator.api.v1alpha1.rollout.FeatureSpec;
import io.vitrine.operator.api.v1alpha1.rollout.GateEvaluation;
import io.vitrine.operator.api.v1alpha1.rollout.GateResult;
import io.vitrine.operator.api.v1alpha1.rollout.GateSpec;
import io.vitrine.operator.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.operator.api.v1alpha1.rollout.PhaseState;
import io.vitrine.operator.api.v1alpha1.rollout.PhaseStoreCounts;
import io.vitrine.operator.api.v1alpha1.rollout.RollbackSpec.RollbackPolicy;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutSpec;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus;
import io.vitrine.operator.api.v1alpha1.rollout.Transition;
import io.vitrine.operator.rollout.status.RolloutConditions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The phase state machine of a StoreRollout: from the spec, the last status, the resolved stores,
 * an action and the KPIs, the next status and the flags that should be in force. Pure: time comes
 * in as {@code now}, KPIs through a {@link KpiSource}.
 *
 * <p>A phase is AwaitingApproval (approval Required and not given; its stores are not on yet),
 * Running (its stores are on; gates decide), Succeeded (at the target phase, gates passed),
 * RolledBack (a gate failed) or Aborted. RolledBack and Aborted hold until a retry action or a new
 * generation of the spec.
 */
public final class RolloutMachine {

  static final int HISTORY_LIMIT = 50;
  static final int ACTIONS_LIMIT = 20;
  static final int FAILING_STORES_LIMIT = 20;
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * Everything a step needs.
   *
   * @param phases the spec's phases resolved against the store registry, in spec order
   * @param registrySize how many stores the registry holds
   * @param action the action annotation, if any (handled once per id)
   */
  public record Input(
      StoreRollout rollout,
      Instant now,
      List<ResolvedPhase> phases,
      int registrySize,
      Optional<RolloutAction> action,
      KpiSource kpis,
      Duration evaluationInterval) {}

  /**
   * The outcome of a step.
   *
   * @param requeue when to look again (gates, minDuration, batches); empty when nothing moves
   */
  public record Result(
      StoreRolloutStatus status,
      FlagsContent flags,
      List<RolloutEvent> events,
      Optional<Duration> requeue) {}

  private final Input input;
  private final StoreRolloutSpec spec;
  private final long generation;
  private final StoreRolloutStatus status;
  private final List<RolloutEvent> events = new ArrayList<>();
  private final Instant now;
  private boolean deadlineExceeded;

  private RolloutMachine(Input input) {
    this.input = input;
    this.spec = input.rollout().getSpec();
    Long gen = input.rollout().getMetadata().getGeneration();
    this.generation = gen == null ? 0 : gen;
    this.status = copy(input.rollout().getStatus());
    this.now = input.now();
  }

  public static Result step(Input input) {
    return new RolloutMachine(input).run();
  }

  private Result run() {
    input.action().ifPresent(this::handleAction);
    recordGitApprovals();
    clearHaltOnNewGeneration();
    followGitEdits();
    advance();
    FlagsContent flags = flags();
    status.setObservedGeneration(generation);
    countStores(flags);
    status.setConditions(
        RolloutConditions.of(
            input.rollout().getStatus() == null
                ? List.of()
                : input.rollout().getStatus().getConditions(),
            generation,
            now,
            view()));
    return new Result(status, flags, List.copyOf(events), requeue());
  }

  // ---- actions -----------------------------------------------------------------------------

  private void handleAction(RolloutAction action) {
    if (action.id().equals(status.getLastHandledActionId())
        || status.getActions().stream().anyMatch(a -> action.id().equals(a.getId()))) {
      return;
    }
    Optional<RolloutAction.Kind> kind = action.kind();
    String rejection =
        kind.isPresent() ? apply(kind.get(), action) : "unknown action '" + action.action() + "'";
    var record = new ActionRecord();
    record.setId(action.id());
    record.setAction(action.action());
    record.setPhase(action.phase());
    record.setBy(action.by());
    record.setAt(action.at() == null ? now.toString() : action.at());
    record.setResult(rejection == null ? "Applied" : "Rejected");
    record.setMessage(
        rejection == null
            ? "applied" + (action.reason() == null ? "" : ": " + action.reason())
            : rejection);
    status.getActions().add(record);
    trim(status.getActions(), ACTIONS_LIMIT);
    status.setLastHandledActionId(action.id());
    String who = action.by() == null ? "someone" : action.by();
    String what = action.action() + (action.phase() == null ? "" : " " + action.phase());
    if (rejection == null) {
      events.add(RolloutEvent.normal("Action", who + " asked to " + what + ": applied"));
    } else {
      events.add(
          RolloutEvent.warning("ActionRejected", who + " asked to " + what + ": " + rejection));
    }
  }

  /** Applies an action; answers why it was rejected, or null when applied. */
  private String apply(RolloutAction.Kind kind, RolloutAction action) {
    CurrentPhase current = status.getCurrentPhase();
    switch (kind) {
      case APPROVE:
        if (current == null || current.getState() != PhaseState.AwaitingApproval) {
          return "no phase is awaiting approval";
        }
        if (!current.getName().equals(action.phase())) {
          return "phase " + current.getName() + " awaits approval, not '" + action.phase() + "'";
        }
        addApproval(current.getName(), action.by(), "Cli");
        return null;
      case PAUSE:
        status.setPausedBy(action.by() == null ? "cli" : action.by());
        history(currentState(), "PausedFromCli", "paused by " + status.getPausedBy());
        return null;
      case RESUME:
        if (status.getPausedBy() == null) {
          return spec.isPaused()
              ? "spec.paused is true: Git pauses this rollout; change it in Git"
              : "the rollout is not paused";
        }
        status.setPausedBy(null);
        history(currentState(), "ResumedFromCli", "resumed by " + action.by());
        return spec.isPaused()
            ? "command-line pause lifted, but spec.paused is true: Git pauses this rollout; change"
                + " it in Git"
            : null;
      case ABORT:
        if (current == null) {
          return "the rollout has not started";
        }
        if (current.getState() == PhaseState.Aborted) {
          return "the rollout is already aborted";
        }
        halt(PhaseState.Aborted, "Aborted", "aborted by " + action.by());
        return null;
      case RETRY:
        if (current == null
            || (current.getState() != PhaseState.RolledBack
                && current.getState() != PhaseState.Aborted)) {
          return "nothing to retry: the rollout is neither rolled back nor aborted";
        }
        restartCurrent("Retried", "retried by " + action.by());
        return null;
      default:
        return "unknown action";
    }
  }

  private PhaseState currentState() {
    return status.getCurrentPhase() == null ? null : status.getCurrentPhase().getState();
  }

  // ---- Git ---------------------------------------------------------------------------------

  private void recordGitApprovals() {
    for (ApprovalSpec approval :
        spec.getApprovals() == null ? List.<ApprovalSpec>of() : spec.getApprovals()) {
      if (!approved(approval.getPhase())) {
        addApproval(approval.getPhase(), approval.getBy(), "Git");
      }
    }
  }

  private void addApproval(String phase, String by, String source) {
    var record = new ApprovalRecord();
    record.setPhase(phase);
    record.setBy(by);
    record.setAt(now.toString());
    record.setSource(source);
    status.getApprovals().add(record);
    events.add(RolloutEvent.normal("Approved", "phase " + phase + " approved by " + by));
  }

  private boolean approved(String phase) {
    return status.getApprovals().stream().anyMatch(a -> phase.equals(a.getPhase()));
  }

  /** A new Git revision of the spec clears an abort or a rollback. */
  private void clearHaltOnNewGeneration() {
    CurrentPhase current = status.getCurrentPhase();
    if (current != null
        && halted(current)
        && current.getHaltedAtGeneration() != null
        && current.getHaltedAtGeneration() < generation) {
      restartCurrent("NewRevision", "a new revision of the spec (generation " + generation + ")");
    }
  }

  /** Phases renamed or removed, or targetPhase lowered below the current phase. */
  private void followGitEdits() {
    CurrentPhase current = status.getCurrentPhase();
    if (current == null) {
      return;
    }
    int index = indexOf(current.getName());
    int target = indexOf(spec.getTargetPhase());
    if (index < 0) {
      enter(0, "PhaseRemoved", "phase " + current.getName() + " is no longer in the spec");
    } else if (index > target) {
      enter(target, "TargetLowered", "targetPhase lowered to " + spec.getTargetPhase());
    }
  }

  // ---- progress ----------------------------------------------------------------------------

  private void advance() {
    if (status.getCurrentPhase() == null) {
      enter(0, "Started", "rollout started");
      return;
    }
    CurrentPhase current = status.getCurrentPhase();
    switch (current.getState()) {
      case AwaitingApproval -> {
        if (approved(current.getName())) {
          run(current, "Approved", "phase " + current.getName() + " approved: stores switched on");
        }
      }
      case Running -> runPhase(current);
      case Succeeded -> {
        if (indexOf(current.getName()) < indexOf(spec.getTargetPhase()) && !paused()) {
          enter(indexOf(current.getName()) + 1, "Promoted", "targetPhase raised");
        }
      }
      default -> {
        // RolledBack and Aborted hold until a retry or a new generation.
      }
    }
  }

  private void runPhase(CurrentPhase current) {
    int index = indexOf(current.getName());
    PhaseSpec phase = spec.getPhases().get(index);
    Map<FeatureName, Kpis> kpis = readKpis(phase, current);
    List<GateEvaluation> evaluations = new ArrayList<>();
    for (GateSpec gate : phase.getGates()) {
      FeatureName feature = Gates.feature(gate, spec);
      evaluations.add(
          Gates.evaluate(
              phase.getName(), gate, feature, kpis.getOrDefault(feature, Kpis.NONE), now));
    }
    keepEvaluationTimesWhileUnchanged(evaluations);
    status.setGates(evaluations);
    markFailingStores(phase, kpis);
    Optional<GateEvaluation> failed =
        evaluations.stream().filter(e -> e.getResult() == GateResult.Failed).findFirst();
    if (failed.isPresent()) {
      status.setFailedGate(failed.get());
      halt(PhaseState.RolledBack, "GateFailed", describeFailure(failed.get()));
      return;
    }
    if (paused()) {
      return;
    }
    int newStores = newStores(index).size();
    if (current.getNewStoresOn() < newStores) {
      int step =
          phase.getMaxConcurrentStores() == null ? newStores : phase.getMaxConcurrentStores();
      current.setNewStoresOn(Math.min(newStores, current.getNewStoresOn() + step));
      return;
    }
    boolean passed = evaluations.stream().allMatch(e -> e.getResult() == GateResult.Passed);
    Instant started = Instant.parse(current.getStartedAt());
    boolean longEnough = !now.isBefore(started.plus(Durations.parse(phase.getMinDuration())));
    if (passed && longEnough) {
      if (index < indexOf(spec.getTargetPhase())) {
        enter(index + 1, "Promoted", "phase " + phase.getName() + " passed its gates");
      } else {
        current.setState(PhaseState.Succeeded);
        history(
            PhaseState.Succeeded, "Succeeded", "phase " + phase.getName() + " passed its gates");
      }
    } else if (longEnough
        && now.isAfter(
            started
                .plus(Durations.parse(phase.getMinDuration()))
                .plus(Durations.parse(spec.getProgressDeadline())))) {
      deadlineExceeded = true;
    }
  }

  /** An unchanged evaluation keeps its time, so an idle phase does not rewrite its status. */
  private void keepEvaluationTimesWhileUnchanged(List<GateEvaluation> evaluations) {
    for (GateEvaluation evaluation : evaluations) {
      status.getGates().stream()
          .filter(
              old ->
                  java.util.Objects.equals(old.getPhase(), evaluation.getPhase())
                      && java.util.Objects.equals(old.getMetric(), evaluation.getMetric())
                      && java.util.Objects.equals(old.getFeature(), evaluation.getFeature())
                      && java.util.Objects.equals(
                          old.getObservedValue(), evaluation.getObservedValue())
                      && old.getSampleSize() == evaluation.getSampleSize()
                      && old.getResult() == evaluation.getResult())
          .findFirst()
          .ifPresent(old -> evaluation.setEvaluatedAt(old.getEvaluatedAt()));
    }
  }

  private Map<FeatureName, Kpis> readKpis(PhaseSpec phase, CurrentPhase current) {
    var kpis = new EnumMap<FeatureName, Kpis>(FeatureName.class);
    List<String> measured = measuredStores(indexOf(phase.getName()), current);
    if (measured.isEmpty()) {
      return kpis;
    }
    for (GateSpec gate : phase.getGates()) {
      FeatureName feature = Gates.feature(gate, spec);
      kpis.computeIfAbsent(
          feature, f -> input.kpis().read(f, Instant.parse(current.getStartedAt()), measured));
    }
    return kpis;
  }

  /** The phase's own stores that are on; all enabled stores when the phase adds none. */
  private List<String> measuredStores(int index, CurrentPhase current) {
    List<String> own = ownStoresOn(index, current);
    if (!own.isEmpty()) {
      return own;
    }
    return List.copyOf(storesUpTo(index));
  }

  private void markFailingStores(PhaseSpec phase, Map<FeatureName, Kpis> kpis) {
    int index = indexOf(phase.getName());
    List<String> failing =
        Gates.failingStores(
            phase.getGates(), spec, kpis, new LinkedHashSet<>(input.phases().get(index).stores()));
    status.setPhases(phaseCounts());
    PhaseStoreCounts counts = status.getPhases().get(index);
    counts.setFailing(failing.size());
    counts.setFailingStores(
        List.copyOf(failing.subList(0, Math.min(failing.size(), FAILING_STORES_LIMIT))));
  }

  private static String describeFailure(GateEvaluation gate) {
    return "gate %s %s %s on %s failed in phase %s: observed %s over %d samples"
        .formatted(
            gate.getMetric(),
            gate.getComparison(),
            gate.getThreshold(),
            gate.getFeature(),
            gate.getPhase(),
            gate.getObservedValue(),
            gate.getSampleSize());
  }

  // ---- transitions -------------------------------------------------------------------------

  private void enter(int index, String reason, String message) {
    String from = status.getCurrentPhase() == null ? null : status.getCurrentPhase().getName();
    PhaseSpec phase = spec.getPhases().get(index);
    var next = new CurrentPhase();
    next.setName(phase.getName());
    next.setNewStoresOn(0);
    status.setCurrentPhase(next);
    status.setGates(new ArrayList<>());
    status.setFailedGate(null);
    if (phase.getApproval() == Approval.Required && !approved(phase.getName())) {
      next.setState(PhaseState.AwaitingApproval);
      transition(from, reason, message + "; phase " + phase.getName() + " awaits approval");
    } else {
      run(next, reason, message);
      status.getHistory().get(status.getHistory().size() - 1).setFromPhase(from);
    }
  }

  private void run(CurrentPhase current, String reason, String message) {
    PhaseSpec phase = spec.getPhases().get(indexOf(current.getName()));
    int newStores = newStores(indexOf(current.getName())).size();
    current.setState(PhaseState.Running);
    current.setStartedAt(now.toString());
    current.setNewStoresOn(
        phase.getMaxConcurrentStores() == null
            ? newStores
            : Math.min(newStores, phase.getMaxConcurrentStores()));
    transition(current.getName(), reason, message);
  }

  private void restartCurrent(String reason, String message) {
    CurrentPhase current = status.getCurrentPhase();
    current.setHaltedAtGeneration(null);
    status.setFailedGate(null);
    status.setGates(new ArrayList<>());
    if (indexOf(current.getName()) < 0) {
      return; // followGitEdits moves it
    }
    PhaseSpec phase = spec.getPhases().get(indexOf(current.getName()));
    if (phase.getApproval() == Approval.Required && !approved(phase.getName())) {
      current.setState(PhaseState.AwaitingApproval);
      transition(current.getName(), reason, message);
    } else {
      run(current, reason, message);
    }
  }

  private void halt(PhaseState state, String reason, String message) {
    status.getCurrentPhase().setState(state);
    status.getCurrentPhase().setHaltedAtGeneration(generation);
    String policy =
        spec.getRollback().getOnGateFailure() == RollbackPolicy.AllOff
            ? "features off everywhere"
            : "back to the previous phase's stores";
    history(state, reason, message + "; " + policy);
    events.removeIf(e -> e.reason().equals(reason)); // one Event per halt
    events.add(RolloutEvent.warning(reason, message + "; " + policy));
  }

  private void transition(String from, String reason, String message) {
    history(status.getCurrentPhase().getState(), reason, message);
    status.getHistory().get(status.getHistory().size() - 1).setFromPhase(from);
    events.add(RolloutEvent.normal(reason, message));
  }

  private void history(PhaseState state, String reason, String message) {
    var transition = new Transition();
    transition.setAt(now.toString());
    transition.setFromPhase(
        status.getCurrentPhase() == null ? null : status.getCurrentPhase().getName());
    transition.setToPhase(
        status.getCurrentPhase() == null ? null : status.getCurrentPhase().getName());
    transition.setState(state);
    transition.setReason(reason);
    transition.setMessage(message);
    status.getHistory().add(transition);
    trim(status.getHistory(), HISTORY_LIMIT);
  }

  // ---- stores and flags --------------------------------------------------------------------

  /** The stores the features are on for, per feature; equal for every governed feature. */
  private FlagsContent flags() {
    Set<String> on = enabledStores();
    boolean allStores = allStoresOn();
    var features = new TreeMap<String, FlagsContent.FeatureStores>();
    for (FeatureSpec feature : spec.getFeatures()) {
      features.put(
          feature.getName().key(),
          new FlagsContent.FeatureStores(
              allStores,
              allStores ? List.of() : List.copyOf(on),
              new TreeMap<>(feature.getSettings())));
    }
    return new FlagsContent(features);
  }

  private Set<String> enabledStores() {
    CurrentPhase current = status.getCurrentPhase();
    int index = indexOf(current.getName());
    return switch (current.getState()) {
      case Running, Succeeded -> {
        var on = new LinkedHashSet<>(storesUpTo(index - 1));
        on.addAll(ownStoresOn(index, current));
        yield on;
      }
      case AwaitingApproval -> storesUpTo(index - 1);
      case RolledBack, Aborted ->
          spec.getRollback().getOnGateFailure() == RollbackPolicy.AllOff
              ? Set.of()
              : storesUpTo(index - 1);
    };
  }

  private boolean allStoresOn() {
    CurrentPhase current = status.getCurrentPhase();
    int index = indexOf(current.getName());
    int last =
        switch (current.getState()) {
          case Running, Succeeded ->
              current.getNewStoresOn() >= newStores(index).size() ? index : index - 1;
          case AwaitingApproval -> index - 1;
          case RolledBack, Aborted ->
              spec.getRollback().getOnGateFailure() == RollbackPolicy.AllOff ? -1 : index - 1;
        };
    for (int i = 0; i <= last; i++) {
      if (input.phases().get(i).allStores()) {
        return true;
      }
    }
    return false;
  }

  /** The union of the stores of phases 0..index, sorted within each phase. */
  private Set<String> storesUpTo(int index) {
    var stores = new LinkedHashSet<String>();
    for (int i = 0; i <= index; i++) {
      stores.addAll(input.phases().get(i).stores());
    }
    return stores;
  }

  /** The stores a phase adds to those of the phases before it. */
  private List<String> newStores(int index) {
    Set<String> before = storesUpTo(index - 1);
    return input.phases().get(index).stores().stream().filter(s -> !before.contains(s)).toList();
  }

  /** The phase's own new stores that are on (a phase edited mid-flight may have fewer now). */
  private List<String> ownStoresOn(int index, CurrentPhase current) {
    List<String> own = newStores(index);
    return own.subList(0, Math.min(own.size(), current.getNewStoresOn()));
  }

  private void countStores(FlagsContent flags) {
    Set<String> on = enabledStores();
    boolean all = allStoresOn();
    List<PhaseStoreCounts> counts = phaseCounts();
    for (int i = 0; i < counts.size(); i++) {
      PhaseStoreCounts count = counts.get(i);
      count.setEnabled(
          (int) input.phases().get(i).stores().stream().filter(s -> all || on.contains(s)).count());
      status.getPhases().stream()
          .filter(
              old ->
                  old.getName().equals(count.getName())
                      && old.getName().equals(status.getCurrentPhase().getName()))
          .findFirst()
          .ifPresent(
              old -> {
                count.setFailing(old.getFailing());
                count.setFailingStores(old.getFailingStores());
              });
    }
    if (status.getCurrentPhase().getState() != PhaseState.Running) {
      counts.forEach(
          c -> {
            c.setFailing(0);
            c.setFailingStores(new ArrayList<>());
          });
    }
    status.setPhases(counts);
    status.setStoresEnabled(all ? input.registrySize() : on.size());
    int target = indexOf(spec.getTargetPhase());
    boolean allTargeted = false;
    for (int i = 0; i <= target; i++) {
      allTargeted |= input.phases().get(i).allStores();
    }
    status.setStoresTargeted(allTargeted ? input.registrySize() : storesUpTo(target).size());
  }

  private List<PhaseStoreCounts> phaseCounts() {
    List<PhaseStoreCounts> counts = new ArrayList<>();
    for (ResolvedPhase phase : input.phases()) {
      var count = new PhaseStoreCounts();
      count.setName(phase.name());
      count.setTargeted(phase.stores().size());
      counts.add(count);
    }
    return counts;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private RolloutConditions.View view() {
    CurrentPhase current = status.getCurrentPhase();
    int index = indexOf(current.getName());
    return new RolloutConditions.View(
        current.getName(),
        current.getState(),
        index == indexOf(spec.getTargetPhase()),
        index == spec.getPhases().size() - 1,
        spec.isPaused(),
        status.getPausedBy(),
        deadlineExceeded,
        status.getFailedGate() == null ? null : describeFailure(status.getFailedGate()));
  }

  private Optional<Duration> requeue() {
    CurrentPhase current = status.getCurrentPhase();
    boolean moving =
        current.getState() == PhaseState.Running
            || (current.getState() == PhaseState.Succeeded
                && indexOf(current.getName()) < indexOf(spec.getTargetPhase()));
    return moving ? Optional.of(input.evaluationInterval()) : Optional.empty();
  }

  private boolean paused() {
    return spec.isPaused() || status.getPausedBy() != null;
  }

  private static boolean halted(CurrentPhase current) {
    return current.getState() == PhaseState.RolledBack || current.getState() == PhaseState.Aborted;
  }

  private int indexOf(String phase) {
    for (int i = 0; i < spec.getPhases().size(); i++) {
      if (spec.getPhases().get(i).getName().equals(phase)) {
        return i;
      }
    }
    return -1;
  }

  private static <T> void trim(List<T> list, int limit) {
    while (list.size() > limit) {
      list.remove(0);
    }
  }

  private static StoreRolloutStatus copy(StoreRolloutStatus status) {
    if (status == null) {
      return new StoreRolloutStatus();
    }
    StoreRolloutStatus copy = JSON.convertValue(status, StoreRolloutStatus.class);
    copy.setApprovals(
        new ArrayList<>(copy.getApprovals() == null ? List.of() : copy.getApprovals()));
    copy.setHistory(new ArrayList<>(copy.getHistory() == null ? List.of() : copy.getHistory()));
    copy.setActions(new ArrayList<>(copy.getActions() == null ? List.of() : copy.getActions()));
    copy.setPhases(new ArrayList<>(copy.getPhases() == null ? List.of() : copy.getPhases()));
    copy.setGates(new ArrayList<>(copy.getGates() == null ? List.of() : copy.getGates()));
    return copy;
  }
}
