package id.pantau.ingestion.service.connector;

import id.pantau.events.ContentSource;
import id.pantau.ingestion.domain.ConnectorState;
import id.pantau.ingestion.repository.ConnectorStateRepository;
import id.pantau.ingestion.service.BatchEntry;
import id.pantau.ingestion.service.ContentBatchIngestion;
import id.pantau.ingestion.service.IngestionMetrics;
import id.pantau.ingestion.service.IngestionResult;
import id.pantau.ingestion.service.UniqueViolations;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * One run of a connector: resume the checkpoint or start a new run with the current seed keywords, then page
 * through each keyword's search. Every page is stored through the batch path (de-duplication, versions,
 * outbox) in the same transaction as the checkpoint that moves past it.
 */
@ApplicationScoped
public class ConnectorRunner {

    private static final Logger LOG = Logger.getLogger(ConnectorRunner.class);
    private static final int STORE_ATTEMPTS = 3;

    private final ConnectorStateRepository states;
    private final ContentBatchIngestion ingestion;
    private final SeedKeywords keywords;
    private final IngestionMetrics metrics;
    private final Clock clock;
    // Which replica holds a connector's lease; a new one per instance, so a restart never resumes a dead lease.
    private final String owner = UUID.randomUUID().toString();

    public ConnectorRunner(ConnectorStateRepository states, ContentBatchIngestion ingestion, SeedKeywords keywords,
            IngestionMetrics metrics, Clock clock) {
        this.states = states;
        this.ingestion = ingestion;
        this.keywords = keywords;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** How a run ended: COMPLETED, or why it stopped with its checkpoint kept. */
    public record RunResult(String connector, String outcome, int pages, int items) {
    }

    /**
     * Runs the connector unless another replica runs it (outcome {@code BUSY}): the lease, taken here and renewed
     * with every stored page, lets one replica at a time fetch its pages, so no page is fetched twice.
     */
    public Uni<RunResult> run(SearchConnector connector) {
        return lease(connector).chain(leased -> leased
                ? leasedRun(connector).eventually(() -> release(connector))
                : Uni.createFrom().item(new RunResult(connector.name(), "BUSY", 0, 0)));
    }

    private Uni<Boolean> lease(SearchConnector connector) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> states.lock(connector.name())
                .map(state -> state.lease(owner, now, now.plus(connector.config().lease()))));
    }

    private Uni<Void> release(SearchConnector connector) {
        return Panache.withTransaction(() -> states.lock(connector.name()).invoke(state -> state.release(owner)))
                .replaceWithVoid();
    }

    private Uni<RunResult> leasedRun(SearchConnector connector) {
        Instant now = clock.instant();
        return Panache.withSession(() -> states.findById(connector.name())).chain(state -> {
            if (state != null && state.paused(now)) {
                return Uni.createFrom().item(new RunResult(connector.name(), "PAUSED", 0, 0));
            }
            Uni<Void> ready = state != null && state.running()
                    ? Uni.createFrom().voidItem()
                    : start(connector, now);
            return ready.chain(() -> pages(connector, 0, 0));
        });
    }

    private Uni<Void> start(SearchConnector connector, Instant now) {
        return keywords.current().chain(seeds -> Panache.withTransaction(() -> states.lock(connector.name())
                .invoke(state -> {
                    // Another instance may have started meanwhile; its run goes on.
                    if (!state.running()) {
                        state.start(seeds.values(), seeds.source(), now, now.minus(connector.config().lookback()));
                    }
                })).replaceWithVoid());
    }

    private Uni<RunResult> pages(SearchConnector connector, int pages, int items) {
        return Panache.withSession(() -> states.findById(connector.name())).chain(state -> {
            if (!state.running()) {
                return Uni.createFrom().item(new RunResult(connector.name(), state.lastOutcome(), pages, items));
            }
            if (pages >= connector.config().pagesPerRun()) {
                return stop(connector, "PAGE_LIMIT", null, null, 0, pages, items);
            }
            LocalDate today = quotaDay(connector);
            if (state.quotaUsedOn(today) + connector.pageCost() > connector.config().dailyQuota()) {
                return stop(connector, "QUOTA_EXHAUSTED", null, nextQuotaDay(connector), 0, pages, items);
            }
            ConnectorState.Cursor cursor = state.cursor();
            return connector.fetch(cursor)
                    .onFailure(f -> ConnectorFailure.is(f, ConnectorFailure.Kind.RATE_LIMITED)).retry()
                    .withBackOff(connector.config().retryBackoff(), connector.config().retryBackoff().multipliedBy(8))
                    .atMost(connector.config().retries())
                    .onItemOrFailure().transformToUni((page, failure) -> failure == null
                            ? store(connector, cursor, page).chain(stored -> pages(connector, pages + 1, items + stored))
                            : failed(connector, failure, pages, items));
        });
    }

    private Uni<Integer> store(SearchConnector connector, ConnectorState.Cursor cursor, Page page) {
        List<BatchEntry> entries = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            entries.add(new BatchEntry(i, page.items().get(i)));
        }
        return Panache.withTransaction(() -> states.lock(connector.name()).chain(state -> {
            Instant now = clock.instant();
            if (!state.leasedBy(owner, now) || !state.running() || !state.cursor().equals(cursor)) {
                // Our lease ran out and another replica took the run over; storing the page again would be
                // the repeat we avoid.
                throw new ConnectorFailure(ConnectorFailure.Kind.FAILED, "the lease ran out while this page was fetched");
            }
            state.lease(owner, now, now.plus(connector.config().lease()));
            return ingestion.ingest(entries, ContentSource.CONNECTOR).invoke(results -> {
                state.spend(page.cost(), quotaDay(connector));
                state.skipped(page.malformed(), page.malformedDetail(), now);
                state.advance(results.size(), page.nextPageToken(), page.searchId(), now);
            });
        }))
                .onFailure(UniqueViolations::isRetryable).retry().atMost(STORE_ATTEMPTS - 1)
                .invoke(results -> results.forEach(metrics::count))
                .map(List::size);
    }

    private Uni<RunResult> failed(SearchConnector connector, Throwable failure, int pages, int items) {
        ConnectorFailure known = ConnectorFailure.in(failure);
        String detail = known != null ? known.getMessage() : failure.toString();
        LOG.warnf("Connector %s stopped: %s", connector.name(), detail);
        if (known == null) {
            return stop(connector, "FAILED", detail, null, 0, pages, items);
        }
        return switch (known.kind()) {
            case RATE_LIMITED -> stop(connector, "RATE_LIMITED", detail,
                    clock.instant().plus(connector.config().pauseAfterRateLimit()), 0, pages, items);
            case QUOTA_EXHAUSTED -> stop(connector, "QUOTA_EXHAUSTED", detail, nextQuotaDay(connector),
                    connector.config().dailyQuota(), pages, items);
            // The platform answered, so the request counted against the quota.
            case MALFORMED -> stop(connector, "MALFORMED_PAGE", detail, null, connector.pageCost(), pages, items);
            case UNAUTHORIZED, FAILED -> stop(connector, "FAILED", detail, null, 0, pages, items);
        };
    }

    private Uni<RunResult> stop(SearchConnector connector, String outcome, String error, Instant pauseUntil,
            int quotaSpent, int pages, int items) {
        return Panache.withTransaction(() -> states.lock(connector.name()).invoke(state -> {
            LocalDate today = quotaDay(connector);
            if (outcome.equals("QUOTA_EXHAUSTED") && error != null) {
                state.spend(Math.max(0, quotaSpent - state.quotaUsedOn(today)), today);
            } else if (quotaSpent > 0) {
                state.spend(quotaSpent, today);
            }
            state.interrupt(outcome, error, clock.instant(), pauseUntil);
        })).replaceWith(new RunResult(connector.name(), outcome, pages, items));
    }

    private LocalDate quotaDay(SearchConnector connector) {
        return LocalDate.ofInstant(clock.instant(), connector.config().quotaZone());
    }

    private Instant nextQuotaDay(SearchConnector connector) {
        return quotaDay(connector).plusDays(1).atStartOfDay(connector.config().quotaZone()).toInstant();
    }
}
