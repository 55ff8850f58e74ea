package id.pantau.cases.service;

import id.pantau.cases.config.CaseConfig;
import id.pantau.cases.domain.Evidence;
import id.pantau.cases.domain.EvidenceSnapshot;
import id.pantau.cases.domain.Priority;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.cases.repository.EvidenceRepository;
import id.pantau.events.ContentClassified;
import id.pantau.events.Verdict;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns classifications into cases: the first VIOLATION or REVIEW of a content item opens its case,
 * later versions of the same item add evidence to it. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class CaseOpening {

    private static final Logger LOG = Logger.getLogger(CaseOpening.class);

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final CaseTransitions transitions;
    private final CaseConfig config;
    private final Clock clock;

    public CaseOpening(CaseRepository cases, EvidenceRepository evidence, CaseTransitions transitions,
            CaseConfig config, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.transitions = transitions;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Void> onClassified(ContentClassified event) {
        if (event.verdict() == Verdict.CLEAR) {
            return Uni.createFrom().voidItem();
        }
        return cases.findByContentId(event.contentId())
                .chain(existing -> existing == null ? open(event) : addEvidence(existing, event));
    }

    private Uni<Void> open(ContentClassified event) {
        var content = event.content();
        Uni<Long> earlier = content.authorId() == null
                ? Uni.createFrom().item(0L)
                : cases.countForAccount(content.platform(), content.authorId());
        return earlier.chain(count -> open(event, count >= config.repeatOffenderThreshold()));
    }

    private Uni<Void> open(ContentClassified event, boolean repeatOffender) {
        var content = event.content();
        TakedownCase fresh = new TakedownCase();
        fresh.id = UUID.randomUUID();
        fresh.contentId = event.contentId();
        fresh.repeatOffender = repeatOffender;
        fresh.priority = repeatOffender ? Priority.URGENT : priorityOf(event);
        fresh.platform = content.platform();
        fresh.externalId = content.externalId();
        fresh.url = content.url();
        fresh.authorId = content.authorId();
        fresh.authorHandle = content.authorHandle();
        fresh.verdict = event.verdict();
        fresh.score = event.score();
        fresh.reach = reachOf(event);
        return transitions.open(fresh)
                .chain(opened -> evidence.persist(evidenceOf(opened, 1, event)))
                .call(() -> cases.addRules(fresh.id, ruleIds(event)))
                .invoke(() -> LOG.infof("Opened case %s (%s) for content %s", fresh.id, fresh.priority, fresh.contentId))
                .replaceWithVoid();
    }

    private Uni<Void> addEvidence(TakedownCase existing, ContentClassified event) {
        return evidence.ofCase(existing.id).chain(versions -> {
            if (alreadyHeld(versions, event.contentVersion())) {
                return Uni.createFrom().voidItem();
            }
            existing.verdict = event.verdict();
            existing.score = event.score();
            existing.reach = Math.max(existing.reach, reachOf(event));
            existing.updatedAt = Timestamps.now(clock);
            return evidence.persist(evidenceOf(existing, versions.size() + 1, event))
                    .call(() -> cases.addRules(existing.id, ruleIds(event)))
                    .replaceWithVoid();
        });
    }

    /** Views when the platform or connector reported them; the queue ranks wider-seen content first. */
    private static long reachOf(ContentClassified event) {
        var metrics = event.content().metrics();
        return metrics == null || metrics.views() == null ? 0 : Math.max(0, metrics.views());
    }

    private static List<String> ruleIds(ContentClassified event) {
        return event.matches() == null ? List.of()
                : event.matches().stream().map(m -> m.ruleId()).filter(id -> id != null && !id.isBlank()).distinct().toList();
    }

    private static boolean alreadyHeld(List<Evidence> versions, int contentVersion) {
        return versions.stream().anyMatch(e -> e.contentVersion == contentVersion);
    }

    private Priority priorityOf(ContentClassified event) {
        return event.verdict() == Verdict.VIOLATION && event.score() >= config.urgentScore()
                ? Priority.URGENT
                : Priority.NORMAL;
    }

    private Evidence evidenceOf(TakedownCase owner, int version, ContentClassified event) {
        EvidenceSnapshot snapshot = EvidenceSnapshot.of(event);
        Evidence row = new Evidence();
        row.id = UUID.randomUUID();
        row.caseId = owner.id;
        row.evidenceVersion = version;
        row.contentVersion = event.contentVersion();
        row.text = event.content().text();
        row.contentHash = event.content().contentHash();
        row.capturedAt = event.content().capturedAt();
        row.snapshot = snapshot.json();
        row.sha256 = snapshot.sha256();
        row.createdAt = Timestamps.now(clock);
        return row;
    }
}
