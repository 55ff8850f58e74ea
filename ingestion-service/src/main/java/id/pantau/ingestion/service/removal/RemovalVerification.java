package id.pantau.ingestion.service.removal;

import id.pantau.commons.outbox.Outbox;
import id.pantau.events.CaseStateChanged;
import id.pantau.events.RemovalVerified;
import id.pantau.ingestion.config.RemovalConfig;
import id.pantau.ingestion.domain.Availability;
import id.pantau.ingestion.domain.RemovalCheck;
import id.pantau.ingestion.repository.ContentVersionRepository;
import id.pantau.ingestion.repository.RemovalCheckRepository;
import id.pantau.ingestion.service.connector.TikTokConnector;
import id.pantau.ingestion.service.connector.YouTubeConnector;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Re-checks content whose case reached ACTIONED and publishes what became of it. The schedule of each
 * case's checks is in {@code removal_check}, so it survives restarts.
 */
@ApplicationScoped
public class RemovalVerification {

    static final String ACTIONED = "ACTIONED";

    private final RemovalCheckRepository checks;
    private final ContentVersionRepository versions;
    private final TikTokConnector tiktok;
    private final YouTubeConnector youtube;
    private final UrlAvailability urls;
    private final Outbox outbox;
    private final RemovalConfig config;
    private final Clock clock;
    // Which replica holds a check's lease; a new one per instance, so a restart never resumes a dead lease.
    private final String owner = UUID.randomUUID().toString();

    public RemovalVerification(RemovalCheckRepository checks, ContentVersionRepository versions, TikTokConnector tiktok,
            YouTubeConnector youtube, UrlAvailability urls, Outbox outbox, RemovalConfig config, Clock clock) {
        this.checks = checks;
        this.versions = versions;
        this.tiktok = tiktok;
        this.youtube = youtube;
        this.urls = urls;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Part of the inbox's transaction: schedules the first check of an actioned case's content. */
    public Uni<Void> onCaseEvent(CaseStateChanged event) {
        if (!ACTIONED.equals(event.toState())) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        return checks.findById(event.caseId(), LockModeType.PESSIMISTIC_WRITE).chain(existing -> {
            if (existing != null) {
                if (existing.decided()) {
                    existing.restart(now);
                }
                return Uni.createFrom().voidItem();
            }
            return versions.latest(event.contentId()).chain(latest -> checks.persist(new RemovalCheck(event.caseId(),
                    event.contentId(), event.platform(), event.externalId(), latest == null ? null : latest.url(),
                    latest == null ? null : latest.postedAt(), now))).replaceWithVoid();
        });
    }

    /**
     * Checks due cases one after the other, at most {@code batch} of them; the number of checks made. Each
     * check is claimed first (a lease on its row), so replicas running this at the same time share the due
     * checks and none is made twice.
     */
    public Uni<Integer> checkDue() {
        return checkNext(0);
    }

    private Uni<Integer> checkNext(int made) {
        if (made >= config.batch()) {
            return Uni.createFrom().item(made);
        }
        return claim().chain(claimed -> claimed == null
                ? Uni.createFrom().item(made)
                : check(claimed).chain(() -> checkNext(made + 1)));
    }

    private Uni<RemovalCheck> claim() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> checks.nextDueForUpdate(now)
                .invoke(due -> {
                    if (due != null) {
                        due.lease(owner, now.plus(config.lease()));
                    }
                }));
    }

    private Uni<Void> check(RemovalCheck due) {
        return availability(due).chain(found -> Panache.withTransaction(() ->
                checks.findById(due.caseId(), LockModeType.PESSIMISTIC_WRITE).chain(check -> {
                    // Taken over by another replica after our lease ran out, or actioned anew: this finding is stale.
                    if (check == null || check.decided() || !check.leasedBy(owner)
                            || !check.nextCheckAt().equals(due.nextCheckAt())) {
                        return Uni.createFrom().voidItem();
                    }
                    check.release();
                    Instant now = clock.instant();
                    return check.record(found, config.checks(), config.window(), config.retryAfter(), config.maxFailures(), now)
                            .map(result -> outbox.append(RemovalVerified.TOPIC, RemovalVerified.TYPE, check.caseId().toString(),
                                    new RemovalVerified(check.caseId(), check.contentId(), check.platform(), check.externalId(),
                                            check.url(), result, check.attempts(), check.method(), check.lastHttpStatus(),
                                            check.lastDetail(), now)).replaceWithVoid())
                            .orElseGet(() -> Uni.createFrom().voidItem());
                })));
    }

    /** Through the platform's API where a connector has credentials, else through the content's URL. */
    private Uni<Availability> availability(RemovalCheck check) {
        if (check.platform().equals(youtube.name()) && youtube.configured()) {
            return youtube.availability(check.externalId());
        }
        if (check.platform().equals(tiktok.name()) && tiktok.configured()) {
            return tiktok.availability(check.externalId(), check.postedAt(), clock.instant());
        }
        return urls.check(check.url());
    }
}
