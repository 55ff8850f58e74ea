package id.pantau.ingestion.service;

import id.pantau.commons.ids.RowIds;
import id.pantau.commons.outbox.Outbox;
import id.pantau.events.ContentIngested;
import id.pantau.ingestion.domain.ContentItem;
import id.pantau.ingestion.domain.ContentVersion;
import id.pantau.ingestion.domain.IngestionOutcome;
import id.pantau.ingestion.domain.Submission;
import id.pantau.ingestion.repository.ContentRepository;
import id.pantau.ingestion.repository.ContentVersionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Stores submitted content, de-duplicates it by platform id and text hash, keeps edits as new
 * versions, and announces every new version through the outbox in the same transaction.
 */
@ApplicationScoped
public class ContentIngestion {

    private final ContentRepository contents;
    private final ContentVersionRepository versions;
    private final Outbox outbox;
    private final Clock clock;
    private final IngestionMetrics metrics;

    public ContentIngestion(ContentRepository contents, ContentVersionRepository versions, Outbox outbox,
            Clock clock, IngestionMetrics metrics) {
        this.contents = contents;
        this.versions = versions;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    public Uni<IngestionResult> submit(Submission submission) {
        return Panache.withTransaction(() -> ingest(submission))
                // Another request inserted the same new item first; the row lock now orders us after it,
                // so the second attempt takes the duplicate or edit path and cannot collide again.
                .onFailure(UniqueViolations::isCause)
                .recoverWithUni(() -> Panache.withTransaction(() -> ingest(submission)))
                .invoke(metrics::count);
    }

    private Uni<IngestionResult> ingest(Submission submission) {
        String hash = submission.contentHash();
        return contents.findForUpdate(submission.platform(), submission.externalId())
                .chain(existing -> existing == null
                        ? create(submission, hash)
                        : revise(existing, submission, hash));
    }

    private Uni<IngestionResult> create(Submission submission, String hash) {
        ContentItem item = new ContentItem(RowIds.next(), submission.platform(), submission.externalId(),
                clock.instant());
        return contents.persist(item)
                .chain(() -> store(item, 1, submission, hash, IngestionOutcome.ACCEPTED));
    }

    private Uni<IngestionResult> revise(ContentItem item, Submission submission, String hash) {
        return versions.latest(item.id()).chain(latest -> latest.contentHash().equals(hash)
                ? Uni.createFrom().item(result(item, latest.version(), IngestionOutcome.DUPLICATE))
                : store(item, latest.version() + 1, submission, hash, IngestionOutcome.EDITED));
    }

    private Uni<IngestionResult> store(ContentItem item, int number, Submission submission, String hash,
            IngestionOutcome outcome) {
        ContentVersion version = new ContentVersion(item.id(), number, submission, hash, clock.instant());
        ContentIngested event = new ContentIngested(item.id(), number, version.toEventContent(item));
        return versions.persist(version)
                .chain(() -> outbox.append(ContentIngested.TOPIC, ContentIngested.TYPE, item.id().toString(), event))
                .replaceWith(result(item, number, outcome));
    }

    private static IngestionResult result(ContentItem item, int version, IngestionOutcome outcome) {
        return new IngestionResult(item.id(), version, outcome, item.platform());
    }
}
