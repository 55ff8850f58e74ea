package id.pantau.ingestion.service;

import id.pantau.commons.ids.RowIds;
import id.pantau.commons.outbox.Outbox;
import id.pantau.events.ContentIngested;
import id.pantau.ingestion.domain.ContentItem;
import id.pantau.events.ContentSource;
import id.pantau.ingestion.domain.ContentVersion;
import id.pantau.ingestion.domain.Report;
import id.pantau.ingestion.domain.ReportedUrl;
import id.pantau.ingestion.domain.Submission;
import id.pantau.ingestion.repository.ContentRepository;
import id.pantau.ingestion.repository.ContentVersionRepository;
import id.pantau.ingestion.repository.ReportRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Stores URL reports. Content that Pantau does not know yet is created from the report, so that it is
 * classified and can become a case before any crawler finds it; known content only gets the report linked.
 */
@ApplicationScoped
public class ContentReports {

    /**
     * The reporter knows the URL, not the author's platform id, which {@code content.ingested} requires;
     * a later push or connector capture of the same item brings the real one as an edit.
     */
    public static final String UNKNOWN_AUTHOR = "unknown";

    private final ContentRepository contents;
    private final ContentVersionRepository versions;
    private final ReportRepository reports;
    private final Outbox outbox;
    private final Clock clock;

    public ContentReports(ContentRepository contents, ContentVersionRepository versions, ReportRepository reports,
            Outbox outbox, Clock clock) {
        this.contents = contents;
        this.versions = versions;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Filed(Report report, ReportedUrl target) {
    }

    public Uni<Filed> report(String reporter, String url, String note, ReportedUrl target) {
        return Panache.withTransaction(() -> file(reporter, url, note, target))
                // Someone created the same item meanwhile; the second attempt links to it.
                .onFailure(UniqueViolations::isCause)
                .recoverWithUni(() -> Panache.withTransaction(() -> file(reporter, url, note, target)));
    }

    private Uni<Filed> file(String reporter, String url, String note, ReportedUrl target) {
        return contents.findForUpdate(target.platform(), target.externalId())
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(existing)
                        : create(url, note, target))
                .chain(item -> {
                    Report report = new Report(reporter, clock.instant(), url, note, target, item.id());
                    return reports.persist(report).replaceWith(new Filed(report, target));
                });
    }

    private Uni<ContentItem> create(String url, String note, ReportedUrl target) {
        ContentItem item = new ContentItem(RowIds.next(), target.platform(), target.externalId(), clock.instant());
        Submission submission = new Submission(target.platform(), target.externalId(), url, UNKNOWN_AUTHOR, null,
                note, null);
        ContentVersion version = new ContentVersion(item.id(), 1, submission, submission.contentHash(),
                clock.instant(), ContentSource.REPORT);
        ContentIngested event = new ContentIngested(item.id(), 1, version.toEventContent(item));
        return contents.persist(item)
                .chain(() -> versions.persist(version))
                .chain(() -> outbox.append(ContentIngested.TOPIC, ContentIngested.TYPE, item.id().toString(), event))
                .replaceWith(item);
    }
}
