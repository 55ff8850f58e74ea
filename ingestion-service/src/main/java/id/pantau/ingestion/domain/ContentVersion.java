package id.pantau.ingestion.domain;

import id.pantau.events.Content;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One captured state of a content item; never changed once stored, so it can serve as evidence. */
@Entity
@Table(name = "content_version")
public class ContentVersion {

    @Id
    private UUID id;

    @Column(name = "content_id")
    private UUID contentId;

    private int version;

    private String text;

    private String url;

    @Column(name = "author_id")
    private String authorId;

    @Column(name = "author_handle")
    private String authorHandle;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "captured_at")
    private Instant capturedAt;

    @Column(name = "content_hash")
    private String contentHash;

    @Enumerated(EnumType.STRING)
    private ContentSource source;

    protected ContentVersion() {
    }

    public ContentVersion(UUID contentId, int version, Submission submission, String contentHash, Instant capturedAt) {
        this(contentId, version, submission, contentHash, capturedAt, ContentSource.PUSH);
    }

    public ContentVersion(UUID contentId, int version, Submission submission, String contentHash, Instant capturedAt,
            ContentSource source) {
        this.source = source;
        this.id = UUID.randomUUID();
        this.contentId = contentId;
        this.version = version;
        this.text = submission.text();
        this.url = submission.url();
        this.authorId = submission.authorId();
        this.authorHandle = submission.authorHandle();
        this.postedAt = submission.postedAt();
        this.capturedAt = capturedAt;
        this.contentHash = contentHash;
    }

    /** The event's view of this version: downstream services keep it as their own evidence. */
    public Content toEventContent(ContentItem item) {
        return new Content(item.platform(), item.externalId(), url, authorId, authorHandle, text,
                postedAt, capturedAt, contentHash);
    }

    public UUID contentId() {
        return contentId;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    public String url() {
        return url;
    }

    public String authorId() {
        return authorId;
    }

    public String authorHandle() {
        return authorHandle;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    public String contentHash() {
        return contentHash;
    }

    public ContentSource source() {
        return source;
    }
}
