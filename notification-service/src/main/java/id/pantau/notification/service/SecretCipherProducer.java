package id.pantau.notification.service;

import id.pantau.notification.config.NotificationConfig;
import id.pantau.notification.domain.SecretCipher;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Builds the cipher at start-up so that a missing or malformed key stops the service at once. */
@Singleton
public class SecretCipherProducer {

    private static final Logger LOG = Logger.getLogger(SecretCipherProducer.class);

    /** The committed default in application.properties; fine on a laptop, never in a real deployment. */
    static final String LOCAL_ONLY_KEY = "TE9DQUwtT05MWS1wYW50YXUtbm90aWZpY2F0aW9uLWs=";

    @Produces
    @Singleton
    @Startup
    SecretCipher cipher(NotificationConfig config) {
        if (LOCAL_ONLY_KEY.equals(config.secretKey().trim())) {
            LOG.warn("pantau.notification.secret-key is the LOCAL-ONLY default from application.properties; "
                    + "set PANTAU_NOTIFICATION_SECRET_KEY to a private random 32-byte key in any shared deployment");
        }
        return SecretCipher.fromBase64(config.secretKey());
    }
}
