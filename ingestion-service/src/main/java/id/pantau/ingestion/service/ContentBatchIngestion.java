package id.pantau.ingestion.service;

import id.pantau.commons.outbox.Outbox;
import id.pantau.events.ContentIngested;
import id.pantau.events.ContentSource;
import id.pantau.ingestion.config.IngestionLimits;
import id.pantau.ingestion.domain.ContentItem;
import id.pantau.ingestion.domain.ContentVersion;
import id.pantau.ingestion.domain.IngestionOutcome;
import id.pantau.ingestion.domain.Submission;
import id.pantau.ingestion.repository.ContentRepository;
import id.pantau.ingestion.repository.ContentVersionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link ContentIngestion} for many items at once: one transaction per chunk, two queries to learn what
 * the chunk's items already are, then batched inserts. The same item twice in one chunk behaves as two
 * submissions one after the other (the second is a duplicate or an edit of the first).
 */
@ApplicationScoped
public class ContentBatchIngestion {

    private static final int ATTEMPTS = 3;

    private final ContentRepository contents;
    private final ContentVersionRepository versions;
    private final Outbox outbox;
    private final Clock clock;
    private final IngestionMetrics metrics;
    private final int chunkSize;

    public ContentBatchIngestion(ContentRepository contents, ContentVersionRepository versions, Outbox outbox,
            Clock clock, IngestionMetrics metrics, IngestionLimits limits) {
        this.contents = contents;
        this.versions = versions;
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
        Set<String> platforms = new LinkedHashSet<>();
        Set<String> externalIds = new LinkedHashSet<>();
        for (BatchEntry entry : chunk) {
            platforms.add(entry.submission().platform());
            externalIds.add(entry.submission().externalId());
        }
        return contents.findAllForUpdate(platforms, externalIds)
                .chain(items -> versions.latestOf(items.stream().map(ContentItem::id).toList())
                        .chain(latest -> store(chunk, items, latest, source)));
    }

    private Uni<List<IngestionResult>> store(List<BatchEntry> chunk, List<ContentItem> items,
            List<ContentVersion> latest, ContentSource source) {
        Map<UUID, ContentVersion> latestById = new HashMap<>();
        latest.forEach(v -> latestById.put(v.contentId(), v));
        Map<Key, Known> known = new HashMap<>();
        for (ContentItem item : items) {
            ContentVersion current = latestById.get(item.id());
            known.put(new Key(item.platform(), item.externalId()),
                    new Known(item, current.version(), current.contentHash()));
        }
        List<ContentItem> newItems = new ArrayList<>();
        List<ContentVersion> newVersions = new ArrayList<>();
        List<ContentIngested> events = new ArrayList<>();
        List<IngestionResult> results = new ArrayList<>(chunk.size());
        for (BatchEntry entry : chunk) {
            Submission submission = entry.submission();
            Key key = new Key(submission.platform(), submission.externalId());
            String hash = submission.contentHash();
            Known current = known.get(key);
            if (current != null && current.hash().equals(hash)) {
                results.add(result(current.item(), current.version(), IngestionOutcome.DUPLICATE));
                continue;
            }
            ContentItem item;
            IngestionOutcome outcome;
            if (current == null) {
                item = new ContentItem(UUID.randomUUID(), key.platform(), key.externalId(), clock.instant());
                newItems.add(item);
                outcome = IngestionOutcome.ACCEPTED;
            } else {
                item = current.item();
                outcome = IngestionOutcome.EDITED;
            }
            int number = current == null ? 1 : current.version() + 1;
            ContentVersion version = new ContentVersion(item.id(), number, submission, hash, clock.instant(),
                    source);
            newVersions.add(version);
            events.add(new ContentIngested(item.id(), number, version.toEventContent(item)));
            known.put(key, new Known(item, number, hash));
            results.add(result(item, number, outcome));
        }
        // Items before versions before events, so that each kind is one batched statement at flush.
        return persist(contents::persist, newItems)
                .chain(() -> persist(versions::persist, newVersions))
                .chain(() -> Multi.createFrom().iterable(events)
                        .onItem().transformToUniAndConcatenate(event -> outbox.append(ContentIngested.TOPIC,
                                ContentIngested.TYPE, event.contentId().toString(), event))
                        .collect().last())
                .replaceWith(results);
    }

    // Panache refuses an empty list, which an all-duplicate chunk (no versions) or an all-known one has.
    private static <T> Uni<Void> persist(java.util.function.Function<List<T>, Uni<Void>> persist, List<T> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : persist.apply(rows);
    }

    private static IngestionResult result(ContentItem item, int version, IngestionOutcome outcome) {
        return new IngestionResult(item.id(), version, outcome, item.platform());
    }

    private record Key(String platform, String externalId) {
    }

    private record Known(ContentItem item, int version, String hash) {
    }
}
