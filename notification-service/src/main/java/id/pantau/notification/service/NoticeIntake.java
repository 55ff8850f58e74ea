package id.pantau.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pantau.events.NoticeRequested;
import id.pantau.events.Platforms;
import id.pantau.notification.repository.DeliveryRepository;
import id.pantau.notification.repository.PlatformRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Turns a requested notice into a delivery that is due now. Runs inside the inbox transaction. */
@ApplicationScoped
public class NoticeIntake {

    private static final Logger LOG = Logger.getLogger(NoticeIntake.class);

    private final DeliveryRepository deliveries;
    private final PlatformRepository platforms;
    private final ObjectMapper json;
    private final NoticeTexts texts;
    private final Clock clock;

    public NoticeIntake(DeliveryRepository deliveries, PlatformRepository platforms, ObjectMapper json, NoticeTexts texts, Clock clock) {
        this.deliveries = deliveries;
        this.platforms = platforms;
        this.json = json;
        this.texts = texts;
        this.clock = clock;
    }

    public Uni<Void> accept(NoticeRequested notice) {
        requireDeliverable(notice);
        return platforms.findById(notice.platform())
                .map(platform -> platform == null ? "id" : platform.language)
                .chain(language -> deliveries.createOnce(notice.noticeId(), notice.caseId(), notice.platform(),
                        body(notice, language), clock.instant()))
                .invoke(created -> {
                    if (!created) {
                        LOG.debugf("Notice %s already has a delivery; the repeat is ignored", notice.noticeId());
                    }
                })
                .replaceWithVoid();
    }

    /** A notice that cannot be delivered is a producer bug: failing sends it to the dead-letter topic. */
    private static void requireDeliverable(NoticeRequested notice) {
        if (notice.noticeId() == null || notice.caseId() == null) {
            throw new IllegalArgumentException("Notice without noticeId or caseId");
        }
        if (!Platforms.isKnown(notice.platform())) {
            throw new IllegalArgumentException("Notice " + notice.noticeId() + " names unknown platform " + notice.platform());
        }
    }

    /**
     * Re-serialised from the record so that every attempt sends the contract's fields, plus the
     * rendered wording under "texts" (rendered once, so every attempt sends the same words), the
     * platform's language first and named in "language".
     */
    private String body(NoticeRequested notice, String language) {
        try {
            ObjectNode body = json.valueToTree(notice);
            body.put("language", language);
            body.set("texts", json.valueToTree(texts.plain(notice, language)));
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notice " + notice.noticeId() + " cannot be serialised", e);
        }
    }
}
