package id.pantau.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A platform Pantau sends notices to, and where it wants them. Seeded by Flyway; never created by the API. */
@Entity
@Table(name = "platform")
public class Platform {

    @Id
    public String id;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** AES-GCM ciphertext from {@link SecretCipher}; never leaves this service. */
    @Column(name = "webhook_secret")
    public String webhookSecret;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public boolean hasEndpoint() {
        return webhookUrl != null && webhookSecret != null;
    }

    public void registerEndpoint(String url, String encryptedSecret, String actor, Instant now) {
        this.webhookUrl = url;
        this.webhookSecret = encryptedSecret;
        this.updatedBy = actor;
        this.updatedAt = now;
    }
}
