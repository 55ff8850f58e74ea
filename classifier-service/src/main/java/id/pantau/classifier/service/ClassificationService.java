package id.pantau.classifier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.classifier.domain.Classification;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.repository.ClassificationRepository;
import id.pantau.commons.ids.RowIds;
import id.pantau.commons.outbox.Outbox;
import id.pantau.events.ContentClassified;
import id.pantau.events.ContentIngested;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

@ApplicationScoped
public class ClassificationService {

    private static final Logger LOG = Logger.getLogger(ClassificationService.class);

    private final ActiveRuleSet active;
    private final Decider decider;
    private final ClassificationRepository classifications;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final VerdictMetrics metrics;

    public ClassificationService(ActiveRuleSet active, Decider decider, ClassificationRepository classifications,
            Outbox outbox, ObjectMapper json, Clock clock, VerdictMetrics metrics) {
        this.active = active;
        this.decider = decider;
        this.classifications = classifications;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Pre-screening: a decision and its explanation, nothing stored, nothing published. */
    public Decision preScreen(String text) {
        Decision decision = decider.decide(active.classifier(), text);
        metrics.count(VerdictMetrics.Source.API, decision.verdict());
        return decision;
    }

    /** Pre-screening of many texts with one rule-set version for all of them (an activation mid-batch waits). */
    public List<Decision> preScreen(List<String> texts) {
        Classifier classifier = active.classifier();
        List<Decision> decisions = new ArrayList<>(texts.size());
        for (String text : texts) {
            Decision decision = decider.decide(classifier, text);
            metrics.count(VerdictMetrics.Source.API, decision.verdict());
            decisions.add(decision);
        }
        return decisions;
    }

    /**
     * Classifies one content version and announces it, whatever the verdict, in the caller's transaction
     * (the inbox's). A version that already has a classification is left alone and announced no more.
     */
    public Uni<Void> classify(ContentIngested event) {
        String invalid = invalidReason(event);
        if (invalid != null) {
            return Uni.createFrom().failure(new IllegalArgumentException("Unusable content.ingested event: " + invalid));
        }
        String text = event.content().text();
        Decision decision = decider.decide(active.classifier(), text == null ? "" : text);
        Instant now = clock.instant();
        Classification row = row(event, decision, now);
        return classifications.insertIfAbsent(row).chain(inserted -> {
            if (!inserted) {
                LOG.infof("Content %s version %d is already classified; event ignored", event.contentId(), event.version());
                return Uni.createFrom().voidItem();
            }
            ContentClassified classified = new ContentClassified(event.contentId(), event.version(), event.content(),
                    decision.verdict(), decision.score(), decision.matches(), decision.ruleSetId(),
                    decision.ruleSetVersion(), now, decision.modelVersion());
            return outbox.append(ContentClassified.TOPIC, ContentClassified.TYPE, event.contentId().toString(), classified)
                    .invoke(() -> metrics.count(VerdictMetrics.Source.INGESTED, decision.verdict()))
                    .replaceWithVoid();
        });
    }

    private Classification row(ContentIngested event, Decision decision, Instant now) {
        Classification row = new Classification();
        row.id = RowIds.next();
        row.contentId = event.contentId();
        row.contentVersion = event.version();
        row.verdict = decision.verdict();
        row.score = decision.score();
        row.matches = toJson(decision);
        row.ruleSetId = decision.ruleSetId();
        row.ruleSetVersion = decision.ruleSetVersion();
        row.modelVersion = decision.modelVersion();
        row.classifiedAt = now;
        return row;
    }

    private String toJson(Decision decision) {
        try {
            return json.writeValueAsString(decision.matches());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Matches cannot be serialised", e);
        }
    }

    private static String invalidReason(ContentIngested event) {
        if (event == null) {
            return "no data";
        }
        if (event.contentId() == null) {
            return "contentId is missing";
        }
        if (event.version() < 1) {
            return "version must be at least 1";
        }
        if (event.content() == null) {
            return "content is missing";
        }
        return null;
    }
}
