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
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

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

    /** Checks every due case once, one after the other; the number of checks made. */
    public Uni<Integer> checkDue() {
        return Panache.withSession(() -> checks.due(clock.instant(), config.batch()))
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(this::check)
                        .collect().asList()
                        .map(List::size));
    }

    private Uni<Void> check(RemovalCheck due) {
        return availability(due).chain(found -> Panache.withTransaction(() ->
                checks.findById(due.caseId(), LockModeType.PESSIMISTIC_WRITE).chain(check -> {
                    // Checked meanwhile by another instance, or actioned anew: this finding is stale.
                    if (check == null || check.decided() || !check.nextCheckAt().equals(due.nextCheckAt())) {
                        return Uni.createFrom().voidItem();
                    }
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
