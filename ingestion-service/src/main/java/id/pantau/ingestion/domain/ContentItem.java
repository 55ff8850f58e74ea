package id.pantau.ingestion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One item of one platform, identified by the platform's own id; its texts live in {@link ContentVersion}. */
@Entity
@Table(name = "content")
public class ContentItem {

    @Id
    private UUID id;

    private String platform;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ContentItem() {
    }

    public ContentItem(UUID id, String platform, String externalId, Instant createdAt) {
        this.id = id;
        this.platform = platform;
        this.externalId = externalId;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String platform() {
        return platform;
    }

    public String externalId() {
        return externalId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
