package id.pantau.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** One address per line; the EMAIL channel, used when no webhook is registered. */
    @Column(name = "email_addresses")
    public String emailAddresses;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public boolean hasEndpoint() {
        return webhookUrl != null && webhookSecret != null;
    }

    public List<String> emails() {
        return emailAddresses == null || emailAddresses.isBlank() ? List.of() : List.of(emailAddresses.split("\n"));
    }

    /** Channels in order of preference: a webhook is signed and machine-readable, so it wins over email. */
    public List<String> channels() {
        List<String> channels = new ArrayList<>(2);
        if (hasEndpoint()) {
            channels.add(DeliveryAttempt.WEBHOOK);
        }
        if (!emails().isEmpty()) {
            channels.add(DeliveryAttempt.EMAIL);
        }
        return List.copyOf(channels);
    }

    public void registerEmails(List<String> addresses, String actor, Instant now) {
        this.emailAddresses = String.join("\n", addresses);
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public void registerEndpoint(String url, String encryptedSecret, String actor, Instant now) {
        this.webhookUrl = url;
        this.webhookSecret = encryptedSecret;
        this.updatedBy = actor;
        this.updatedAt = now;
    }
}
