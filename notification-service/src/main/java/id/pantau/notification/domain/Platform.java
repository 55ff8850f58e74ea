package id.pantau.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
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

    /** "id" or "en": which language's text comes first in the webhook body and the email. */
    public String language;

    /** Most deliveries per second this platform gets from one replica (see the README on replicas). */
    @Column(name = "rate_per_second")
    public int ratePerSecond;

    /** Null: the service default (pantau.delivery.initial-backoff). */
    @Column(name = "retry_initial_ms")
    public Long retryInitialMs;

    /** Null: the service default (pantau.delivery.max-backoff). */
    @Column(name = "retry_max_delay_ms")
    public Long retryMaxDelayMs;

    /** Null: the service default (pantau.delivery.max-total). */
    @Column(name = "retry_max_total_ms")
    public Long retryMaxTotalMs;

    /** An inactive platform's deliveries are held (not attempted) until it is active again. */
    public boolean active;

    /** Channels in order of preference, comma-separated; only configured ones are used. */
    @Column(name = "channel_order")
    public String channelOrder;

    /** The secret being rotated out: it still signs, as a second v1, until previousValidUntil. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_valid_until")
    public Instant previousValidUntil;

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

    /** The preference order as set by an admin, configured or not. */
    public List<String> preference() {
        return channelOrder == null || channelOrder.isBlank()
                ? List.of(DeliveryAttempt.WEBHOOK, DeliveryAttempt.EMAIL)
                : List.of(channelOrder.split(","));
    }

    /** The configured channels in order of preference: what deliveries use, first to last. */
    public List<String> channels() {
        List<String> channels = new ArrayList<>(2);
        for (String channel : preference()) {
            if (configured(channel)) {
                channels.add(channel);
            }
        }
        return List.copyOf(channels);
    }

    public boolean configured(String channel) {
        return switch (channel) {
            case DeliveryAttempt.WEBHOOK -> hasEndpoint();
            case DeliveryAttempt.EMAIL -> !emails().isEmpty();
            default -> false;
        };
    }

    /** The channel a delivery uses now: the one its round is on if still configured, else the first. */
    public String channelFor(String current) {
        if (current != null && configured(current)) {
            return current;
        }
        List<String> channels = channels();
        return channels.isEmpty() ? null : channels.getFirst();
    }

    /** The configured channel after this one, to fall back to when a round on it ends; null if none. */
    public String fallbackAfter(String channel) {
        List<String> channels = channels();
        int index = channels.indexOf(channel);
        return index < 0 || index + 1 >= channels.size() ? null : channels.get(index + 1);
    }

    /** The secret being rotated out, while it is still valid; null otherwise. */
    public String previousSecretAt(Instant now) {
        return previousSecret != null && previousValidUntil != null && now.isBefore(previousValidUntil)
                ? previousSecret
                : null;
    }

    public void applySettings(PlatformSettings settings, String actor, Instant now) {
        this.displayName = settings.displayName();
        this.language = settings.language();
        this.ratePerSecond = settings.ratePerSecond();
        this.retryInitialMs = settings.retryInitial() == null ? null : settings.retryInitial().toMillis();
        this.retryMaxDelayMs = settings.retryMaxDelay() == null ? null : settings.retryMaxDelay().toMillis();
        this.retryMaxTotalMs = settings.retryMaxTotal() == null ? null : settings.retryMaxTotal().toMillis();
        this.active = settings.active();
        this.channelOrder = String.join(",", settings.channels());
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public PlatformSettings settings() {
        return new PlatformSettings(displayName, language, ratePerSecond, millis(retryInitialMs),
                millis(retryMaxDelayMs), millis(retryMaxTotalMs), active, preference());
    }

    /**
     * Replaces the signing secret. With an overlap the old secret keeps signing next to the new one
     * until {@code now + overlap}, so the platform can switch its receivers at its own pace.
     */
    public void rotateSecret(String encryptedSecret, Duration overlap, String actor, Instant now) {
        if (webhookSecret != null && !overlap.isZero()) {
            this.previousSecret = webhookSecret;
            this.previousValidUntil = now.plus(overlap);
        } else {
            this.previousSecret = null;
            this.previousValidUntil = null;
        }
        this.webhookSecret = encryptedSecret;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    private static Duration millis(Long value) {
        return value == null ? null : Duration.ofMillis(value);
    }

    public void registerEmails(List<String> addresses, String actor, Instant now) {
        this.emailAddresses = String.join("\n", addresses);
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public void registerEndpoint(String url, String encryptedSecret, String actor, Instant now) {
        this.webhookUrl = url;
        this.webhookSecret = encryptedSecret;
        // Registering replaces the secret outright: an old one must not keep signing for a new URL.
        this.previousSecret = null;
        this.previousValidUntil = null;
        this.updatedBy = actor;
        this.updatedAt = now;
    }
}
