package id.pantau.cases.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.Content;
import id.pantau.events.ContentClassified;
import id.pantau.events.DeliveryStatus;
import id.pantau.events.MatchedTerm;
import id.pantau.events.NoticeStatus;
import id.pantau.events.Verdict;
import id.pantau.local.KafkaEvents;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives cases through the real entry points: classifications and delivery reports over Kafka, decisions
 * over HTTP. Every case gets a unique external id, so tests do not depend on one another.
 */
@ApplicationScoped
public class CaseFixtures {

    // Generous: the first case of a run waits for the consumer group to join on a loaded 2-core machine.
    public static final Duration WAIT = Duration.ofSeconds(60);

    /** A published classification and where to find its case. */
    public record Classified(UUID contentId, String externalId, String eventId) {
    }

    /** An approved case and its notice. */
    public record Approved(String caseId, String noticeId, String externalId) {
    }

    private final ObjectMapper json;
    private final String bootstrap;

    public CaseFixtures(ObjectMapper json, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.json = json;
        this.bootstrap = bootstrap;
    }

    public String bootstrap() {
        return bootstrap;
    }

    public static String uniqueExternalId() {
        return "ext-" + UUID.randomUUID();
    }

    public ContentClassified classification(UUID contentId, int version, String platform, String externalId,
            Verdict verdict, double score, String text) {
        Instant now = Instant.now();
        var content = new Content(platform, externalId, "https://www." + platform + ".com/v/" + externalId,
                "author-" + externalId.hashCode(), "tokothrift", text, now.minusSeconds(3600), now, sha256(text));
        return new ContentClassified(contentId, version, content, verdict, score,
                List.of(new MatchedTerm("term.bongkar-bal", "bongkar bal", 0, 11, 1.5)), "second-hand-clothing", 1, now);
    }

    /** A classification by a given account, matching one given rule. */
    public ContentClassified classification(String platform, String authorId, String ruleId, Verdict verdict, double score,
            String text) {
        Instant now = Instant.now();
        String externalId = uniqueExternalId();
        var content = new Content(platform, externalId, "https://www." + platform + ".com/v/" + externalId, authorId,
                "handle-" + authorId, text + " " + externalId, now.minusSeconds(3600), now, sha256(text + externalId));
        return new ContentClassified(UUID.randomUUID(), 1, content, verdict, score,
                List.of(new MatchedTerm(ruleId, "bongkar bal", 0, 11, 1.5)), "second-hand-clothing", 1, now);
    }

    /** Publishes the classification and waits for its case; returns the case id. */
    public String open(ContentClassified event) {
        publish(event);
        return awaitCaseId(event.content().externalId());
    }

    public String publish(ContentClassified event) {
        return KafkaEvents.publish(bootstrap, ContentClassified.TOPIC,
                event.contentId().toString(), ContentClassified.TYPE, write(event));
    }

    public void publish(ContentClassified event, String eventId) {
        KafkaEvents.publish(bootstrap, ContentClassified.TOPIC, event.contentId().toString(),
                ContentClassified.TYPE, write(event), eventId);
    }

    public String publish(NoticeStatus status) {
        return KafkaEvents.publish(bootstrap, NoticeStatus.TOPIC,
                status.caseId().toString(), NoticeStatus.TYPE, write(status));
    }

    public void publish(NoticeStatus status, String eventId) {
        KafkaEvents.publish(bootstrap, NoticeStatus.TOPIC, status.caseId().toString(), NoticeStatus.TYPE,
                write(status), eventId);
    }

    /** Reads a topic from its start, like {@link KafkaEvents#await}. */
    public List<KafkaEvents.Event> events(String topic, Predicate<KafkaEvents.Event> match, Duration timeout) {
        return KafkaEvents.await(bootstrap, topic, match, timeout);
    }

    public static NoticeStatus status(Approved approved, String platform, DeliveryStatus status, int attempt) {
        return new NoticeStatus(UUID.fromString(approved.noticeId()), UUID.fromString(approved.caseId()), platform,
                status, attempt, "WEBHOOK", status == DeliveryStatus.DELIVERED ? 200 : 503,
                status == DeliveryStatus.DELIVERED ? null : "platform unavailable", Instant.now());
    }

    /** Publishes a classification that opens a case and waits for the case; returns its id. */
    public String openCase(String platform, Verdict verdict, double score) {
        String externalId = uniqueExternalId();
        publish(classification(UUID.randomUUID(), 1, platform, externalId, verdict, score, "Bongkar bal impor " + externalId));
        return awaitCaseId(externalId);
    }

    /** Waits until the case of this content exists; returns its id. */
    public String awaitCaseId(String externalId) {
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(WAIT).until(() -> {
            List<Map<String, Object>> found = given().auth().oauth2(Tokens.user("auditor1"))
                    .queryParam("q", externalId)
                    .get("/api/v1/cases")
                    .then().statusCode(200).extract().jsonPath().getList("findAll { it.externalId == '" + externalId + "' }");
            if (found.size() > 1) {
                throw new AssertionError("two cases for " + externalId);
            }
            if (found.isEmpty()) {
                return false;
            }
            id.set((String) found.getFirst().get("id"));
            return true;
        });
        return id.get();
    }

    public JsonPath detail(String caseId) {
        return given().auth().oauth2(Tokens.user("auditor1"))
                .get("/api/v1/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath();
    }

    public void propose(String caseId, String analyst) {
        given().auth().oauth2(Tokens.user(analyst)).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "permendag-18-2021-jo-40-2022",
                        "reason", "Promotes imported second-hand clothing (bongkar bal)"))
                .post("/api/v1/cases/" + caseId + "/propose")
                .then().statusCode(200).body("state", equalTo("PROPOSED"));
    }

    /** Opens, proposes (analyst1) and approves (reviewer1) a case on this platform. */
    public Approved approvedCase(String platform) {
        String externalId = uniqueExternalId();
        publish(classification(UUID.randomUUID(), 1, platform, externalId, Verdict.VIOLATION, 3.0, "Bongkar bal " + externalId));
        String caseId = awaitCaseId(externalId);
        propose(caseId, "analyst1");
        String noticeId = given().auth().oauth2(Tokens.user("reviewer1"))
                .post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(200).body("state", equalTo("APPROVED"))
                .extract().path("notice.id");
        return new Approved(caseId, noticeId, externalId);
    }

    /** An approved case whose notice notification-service reported delivered: state NOTICE_SENT. */
    public Approved deliveredCase(String platform) {
        Approved approved = approvedCase(platform);
        publish(status(approved, platform, DeliveryStatus.DELIVERED, 1));
        awaitState(approved.caseId(), "NOTICE_SENT");
        return approved;
    }

    public void awaitState(String caseId, String state) {
        await().atMost(WAIT).until(() -> state.equals(detail(caseId).getString("state")));
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
