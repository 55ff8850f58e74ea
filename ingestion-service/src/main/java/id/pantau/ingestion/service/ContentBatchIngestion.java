package id.pantau.ingestion.service;

import id.pantau.commons.ids.RowIds;
import id.pantau.commons.outbox.Outbox;
import id.pantau.events.ContentIngested;
import id.pantau.events.ContentSource;
import id.pantau.ingestion.config.IngestionLimits;
import id.pantau.ingestion.domain.ContentItem;
import id.pantau.ingestion.domain.ContentVersion;
import id.pantau.ingestion.domain.ContentVersionRow;
import id.pantau.ingestion.domain.IngestionOutcome;
import id.pantau.ingestion.domain.Submission;
import id.pantau.ingestion.repository.ContentBulkRepository;
import id.pantau.ingestion.repository.ContentBulkRepository.Key;
import id.pantau.ingestion.repository.ContentBulkRepository.Latest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link ContentIngestion} for many items at once: one transaction per chunk, one query that locks the
 * chunk's known items and reads their latest versions, then one insert each for the new items, the new
 * versions and their outbox events. The same item twice in one chunk behaves as two
 * submissions one after the other (the second is a duplicate or an edit of the first).
 */
@ApplicationScoped
public class ContentBatchIngestion {

    private static final int ATTEMPTS = 3;

    private final ContentBulkRepository bulk;
    private final Outbox outbox;
    private final Clock clock;
    private final IngestionMetrics metrics;
    private final int chunkSize;

    public ContentBatchIngestion(ContentBulkRepository bulk, Outbox outbox, Clock clock, IngestionMetrics metrics,
            IngestionLimits limits) {
        this.bulk = bulk;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
        this.chunkSize = limits.chunkSize();
    }

    public int chunkSize() {
        return chunkSize;
    }

    /** Results in the order of {@code entries}; chunks are stored one after the other. */
    public Uni<List<IngestionResult>> submitAll(List<BatchEntry> entries) {
        List<List<BatchEntry>> chunks = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += chunkSize) {
            chunks.add(entries.subList(from, Math.min(entries.size(), from + chunkSize)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(this::submitChunk)
                .onItem().<IngestionResult>disjoint()
                .collect().asList();
    }

    /** One transaction for the whole chunk; retried when a concurrent writer inserted the same new item. */
    public Uni<List<IngestionResult>> submitChunk(List<BatchEntry> chunk) {
        if (chunk.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withTransaction(() -> ingest(chunk, ContentSource.PUSH))
                // A concurrent writer inserted one of our new items, or locked rows in the other order;
                // the next attempt sees its rows and takes the duplicate or edit path for them.
                .onFailure(UniqueViolations::isRetryable).retry().atMost(ATTEMPTS - 1)
                .invoke(results -> results.forEach(metrics::count));
    }

    /**
     * The chunk's part of a transaction the caller opened (a connector stores its checkpoint in the same one).
     * The caller retries on {@link UniqueViolations#isRetryable} and counts the results once committed.
     */
    public Uni<List<IngestionResult>> ingest(List<BatchEntry> chunk, ContentSource source) {
        if (chunk.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Key> keys = new LinkedHashSet<>();
        for (BatchEntry entry : chunk) {
            keys.add(new Key(entry.submission().platform(), entry.submission().externalId()));
        }
        return bulk.latestForUpdate(keys).chain(latest -> store(chunk, latest, source));
    }

    private Uni<List<IngestionResult>> store(List<BatchEntry> chunk, List<Latest> latest, ContentSource source) {
        Map<Key, Latest> known = new HashMap<>();
        latest.forEach(stored -> known.put(new Key(stored.platform(), stored.externalId()), stored));
        Instant now = clock.instant();
        List<ContentItem> newItems = new ArrayList<>();
        List<ContentVersionRow> newVersions = new ArrayList<>();
        List<Outbox.Event> events = new ArrayList<>();
        List<IngestionResult> results = new ArrayList<>(chunk.size());
        for (BatchEntry entry : chunk) {
            Submission submission = entry.submission();
            Key key = new Key(submission.platform(), submission.externalId());
            String hash = submission.contentHash();
            Latest current = known.get(key);
            if (current != null && current.contentHash().equals(hash)) {
                results.add(new IngestionResult(current.id(), current.version(), IngestionOutcome.DUPLICATE,
                        key.platform()));
                continue;
            }
            UUID id;
            IngestionOutcome outcome;
            if (current == null) {
                id = RowIds.next();
                newItems.add(new ContentItem(id, key.platform(), key.externalId(), now));
                outcome = IngestionOutcome.ACCEPTED;
            } else {
                id = current.id();
                outcome = IngestionOutcome.EDITED;
            }
            int number = current == null ? 1 : current.version() + 1;
            ContentVersion version = new ContentVersion(id, number, submission, hash, now, source);
            newVersions.add(ContentVersionRow.of(version));
            ContentIngested event = new ContentIngested(id, number,
                    version.toEventContent(key.platform(), key.externalId()));
            events.add(new Outbox.Event(ContentIngested.TOPIC, ContentIngested.TYPE, id.toString(), event));
            known.put(key, new Latest(id, key.platform(), key.externalId(), number, hash));
            results.add(new IngestionResult(id, number, outcome, key.platform()));
        }
        // Items before versions (their foreign key), and the events in the same transaction as both.
        return bulk.insertItems(newItems)
                .chain(() -> bulk.insertVersions(newVersions))
                .chain(() -> outbox.appendAll(events))
                .replaceWith(results);
    }
}
