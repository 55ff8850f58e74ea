package id.pantau.ingestion.domain;

import id.pantau.commons.ids.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A ministry user's report of a URL, linked to the content it names. Never changed once stored. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    private UUID id;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    private String url;

    private String note;

    private String platform;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "content_id")
    private UUID contentId;

    protected Report() {
    }

    public Report(String reportedBy, Instant reportedAt, String url, String note, ReportedUrl target, UUID contentId) {
        this.id = RowIds.next();
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.url = url;
        this.note = note;
        this.platform = target.platform();
        this.externalId = target.externalId();
        this.contentId = contentId;
    }

    public UUID id() {
        return id;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public UUID contentId() {
        return contentId;
    }
}
