package id.pantau.ingestion.domain;

import id.pantau.commons.ids.RowIds;
import id.pantau.events.Content;
import id.pantau.events.ContentMedia;
import id.pantau.events.ContentMetrics;
import id.pantau.events.ContentSource;
import id.pantau.events.ContentTexts;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
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

    @Column(name = "author_display_name")
    private String authorDisplayName;

    @Column(name = "author_follower_count")
    private Long authorFollowerCount;

    private String caption;

    @Convert(converter = JsonColumns.Strings.class)
    private List<String> hashtags;

    private String title;

    private String transcript;

    @Column(name = "on_screen_text")
    private String onScreenText;

    @Convert(converter = JsonColumns.Media.class)
    private List<ContentMedia> media;

    private Long views;

    private Long likes;

    private Long shares;

    private Long comments;

    private String language;

    protected ContentVersion() {
    }

    public ContentVersion(UUID contentId, int version, Submission submission, String contentHash, Instant capturedAt) {
        this(contentId, version, submission, contentHash, capturedAt, ContentSource.PUSH);
    }

    public ContentVersion(UUID contentId, int version, Submission submission, String contentHash, Instant capturedAt,
            ContentSource source) {
        this.source = source;
        this.id = RowIds.next();
        this.contentId = contentId;
        this.version = version;
        this.text = submission.text();
        this.url = submission.url();
        this.authorId = submission.authorId();
        this.authorHandle = submission.authorHandle();
        this.postedAt = submission.postedAt();
        this.capturedAt = capturedAt;
        this.contentHash = contentHash;
        this.authorDisplayName = submission.authorDisplayName();
        this.authorFollowerCount = submission.authorFollowerCount();
        ContentTexts texts = submission.texts();
        if (texts != null) {
            this.caption = texts.caption();
            this.hashtags = texts.hashtags();
            this.title = texts.title();
            this.transcript = texts.transcript();
            this.onScreenText = texts.onScreenText();
        }
        this.media = submission.media();
        ContentMetrics metrics = submission.metrics();
        if (metrics != null) {
            this.views = metrics.views();
            this.likes = metrics.likes();
            this.shares = metrics.shares();
            this.comments = metrics.comments();
        }
        this.language = submission.language();
    }

    /** The event's view of this version: downstream services keep it as their own evidence. */
    public Content toEventContent(ContentItem item) {
        return toEventContent(item.platform(), item.externalId());
    }

    public Content toEventContent(String platform, String externalId) {
        return new Content(platform, externalId, url, authorId, authorHandle, text,
                postedAt, capturedAt, contentHash, authorDisplayName, authorFollowerCount, texts(), media,
                metrics(), source, language);
    }

    /** Null when the source gave none of the separate texts. */
    public ContentTexts texts() {
        if (caption == null && hashtags == null && title == null && transcript == null && onScreenText == null) {
            return null;
        }
        return new ContentTexts(caption, hashtags, title, transcript, onScreenText);
    }

    /** Null when the source gave no count at all. */
    public ContentMetrics metrics() {
        if (views == null && likes == null && shares == null && comments == null) {
            return null;
        }
        return new ContentMetrics(views, likes, shares, comments);
    }

    public String authorDisplayName() {
        return authorDisplayName;
    }

    public Long authorFollowerCount() {
        return authorFollowerCount;
    }

    public List<ContentMedia> media() {
        return media;
    }

    public String language() {
        return language;
    }

    public UUID id() {
        return id;
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
