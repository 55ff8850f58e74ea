package id.pantau.classifier.service;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.domain.Evaluation;
import id.pantau.classifier.domain.LabelledText;
import id.pantau.classifier.domain.RuleSet;
import id.pantau.classifier.domain.RuleSetStatus;
import id.pantau.classifier.domain.StoredRuleSet;
import id.pantau.classifier.repository.RuleSetRepository;
import id.pantau.commons.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Rule-set versions: drafts are created and edited freely (a draft may be incomplete), validated on
 * demand, and activated only when valid. Activation is recorded with who and when, and reaches every
 * replica through {@link ActiveRuleSet}; activating an older version is how a rule set is rolled back.
 */
@ApplicationScoped
public class RuleSetService {

    private static final Logger LOG = Logger.getLogger(RuleSetService.class);

    private final RuleSetRepository repository;
    private final ActiveRuleSet active;
    private final Decider decider;
    private final Clock clock;

    public RuleSetService(RuleSetRepository repository, ActiveRuleSet active, Decider decider, Clock clock) {
        this.repository = repository;
        this.active = active;
        this.decider = decider;
        this.clock = clock;
    }

    public Uni<List<StoredRuleSet>> list() {
        return repository.list();
    }

    public Uni<StoredRuleSet> get(int version) {
        return repository.find(version).map(found -> found.orElseThrow(() -> notFound(version)));
    }

    /** @param definition a JSON object in the rule-set file format; its {@code version} key is ignored */
    public Uni<StoredRuleSet> createDraft(String definition, String by) {
        requireObject(definition);
        return repository.insertDraft(idOf(definition), definition, by, clock.instant());
    }

    public Uni<StoredRuleSet> editDraft(int version, String definition) {
        requireObject(definition);
        return repository.updateDraft(version, idOf(definition), definition, clock.instant()).chain(updated -> updated
                ? get(version)
                : get(version).invoke(stored -> {
                    throw ProblemException.conflict("Version " + version + " is " + stored.status()
                            + "; only a DRAFT can be edited. Create a new draft instead.");
                }));
    }

    /** The compiled rule set; {@link id.pantau.classifier.config.InvalidRuleSetException} lists what is wrong. */
    public Uni<RuleSet> validate(int version) {
        return get(version).map(RuleSetService::parse);
    }

    public Uni<StoredRuleSet> activate(int version, String by) {
        return get(version).chain(stored -> {
            if (stored.status() == RuleSetStatus.ACTIVE) {
                throw ProblemException.conflict("Version " + version + " is already active");
            }
            parse(stored);
            return repository.activate(version, by, clock.instant())
                    .invoke(previous -> LOG.infof("Rule set version %d activated by %s (previously %s)", version, by,
                            previous.map(Object::toString).orElse("none")))
                    // This replica answers with the new version in force; the others follow the notice.
                    .call(active::refresh)
                    .chain(() -> get(version));
        });
    }

    /**
     * Decides every labelled text with this version's rules and the installed model, exactly as the version
     * would decide in force, and compares with the labels. Compiling and deciding run off the event loop.
     */
    public Uni<EvaluationReport> evaluate(int version, List<LabelledText> items) {
        return get(version).map(RuleSetService::parse)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(ruleSet -> {
                    Classifier classifier = new Classifier(ruleSet);
                    List<Decision> decisions = new ArrayList<>(items.size());
                    for (LabelledText item : items) {
                        decisions.add(decider.decide(classifier, item.text()));
                    }
                    return new EvaluationReport(version, decider.modelVersion(), Evaluation.of(items, decisions));
                });
    }

    /** An evaluation of one version with one model. */
    public record EvaluationReport(int ruleSetVersion, String modelVersion, Evaluation evaluation) {
    }

    static RuleSet parse(StoredRuleSet stored) {
        return RuleSetLoader.parse("version " + stored.version(), stored.definition(), stored.version());
    }

    private static void requireObject(String definition) {
        if (definition == null || !RuleSetLoader.isJsonObject(definition)) {
            throw ProblemException.badRequest("The body must be a rule-set document: one JSON object, without duplicate keys");
        }
    }

    private static String idOf(String definition) {
        String id = RuleSetLoader.idOf(definition);
        return id == null ? "" : id;
    }

    private static ProblemException notFound(int version) {
        return ProblemException.notFound("Rule-set version " + version + " does not exist");
    }
}
