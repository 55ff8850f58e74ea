package id.pantau.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which webhook URLs may be registered and called, and how secrets are rotated. */
@ConfigMapping(prefix = "pantau.webhook")
public interface WebhookConfig {

    /** Plain http:// endpoints; only for local runs and tests (a webhook carries a legal notice). */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * CIDR blocks an endpoint may resolve to even though they are loopback, private, link-local or
     * otherwise internal (e.g. 127.0.0.0/8 for a local receiver). Empty in production.
     */
    Optional<List<String>> allowedNetworks();

    /**
     * PEM files of the certificates (CAs or self-signed endpoints) webhook servers are checked
     * against instead of the JDK's default trust store. Unset in production (public CAs); for a
     * closed network with its own CA, and for the tests' HTTPS receiver. Host names are verified
     * either way.
     */
    Optional<List<String>> trustCertificates();

    /** How long a rotated-out secret keeps signing when the rotation does not say. */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** The longest overlap a rotation may ask for. */
    @WithDefault("P7D")
    Duration maxRotationOverlap();
}
