package id.pantau.cases.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.events.CaseStateChanged;
import id.pantau.events.DeliveryStatus;
import id.pantau.events.NoticeStatus;
import id.pantau.local.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoticeStatusConsumerTest {

    private static final String DLQ = "notice.status.case-service.dlq";

    @Inject
    CaseFixtures fixtures;

    @Test
    void deliveredMovesTheCaseToNoticeSentOnce() {
        var approved = fixtures.approvedCase("tiktok");
        NoticeStatus delivered = CaseFixtures.status(approved, "tiktok", DeliveryStatus.DELIVERED, 1);
        String eventId = UUID.randomUUID().toString();
        fixtures.publish(delivered, eventId);
        fixtures.publish(delivered, eventId);
        // The same report again under a new event id: recorded, but the case has moved on already.
        fixtures.publish(delivered);

        fixtures.awaitState(approved.caseId(), "NOTICE_SENT");
        var events = fixtures.events(CaseStateChanged.TOPIC,
                e -> approved.caseId().equals(e.key()) && e.data().contains("\"toState\":\"NOTICE_SENT\""),
                CaseFixtures.WAIT);
        assertTrue(events.getFirst().data().contains("\"actor\":\"notification-service\""));

        JsonPath detail = fixtures.detail(approved.caseId());
        assertEquals(List.of("OPEN_CASE", "PROPOSE", "APPROVE", "NOTICE_DELIVERED"), detail.getList("audit.action"));
        assertEquals("notification-service", detail.getString("audit[3].actor"));
        assertEquals("DELIVERED", detail.getString("notice.deliveryStatus"));
        assertEquals(delivered.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                Instant.parse(detail.getString("notice.deliveredAt")));
        assertTrue(detail.getBoolean("auditChainIntact"));
    }

    /** An unreadable report is dead-lettered; the next report of the same case (same partition) still applies. */
    @Test
    void aPoisonMessageIsDeadLetteredAndTheConsumerCarriesOn() {
        var approved = fixtures.approvedCase("tiktok");
        String poison = KafkaEvents.publish(fixtures.bootstrap(), NoticeStatus.TOPIC, approved.caseId(),
                NoticeStatus.TYPE, "{\"noticeId\": 42");
        fixtures.publish(CaseFixtures.status(approved, "tiktok", DeliveryStatus.DELIVERED, 1));

        assertEquals(1, fixtures.events(DLQ, e -> poison.equals(e.id()), CaseFixtures.WAIT).size());
        fixtures.awaitState(approved.caseId(), "NOTICE_SENT");
    }

    @Test
    void retryingIsRecordedWithoutATransition() {
        var approved = fixtures.approvedCase("tiktok");
        fixtures.publish(CaseFixtures.status(approved, "tiktok", DeliveryStatus.RETRYING, 1));
        await().atMost(CaseFixtures.WAIT).until(() ->
                "RETRYING".equals(fixtures.detail(approved.caseId()).getString("notice.deliveryStatus")));
        JsonPath detail = fixtures.detail(approved.caseId());
        assertEquals("APPROVED", detail.getString("state"));
        assertEquals(1, detail.getInt("notice.deliveryAttempt"));
        assertEquals(3, detail.getList("audit").size());
    }

    @Test
    void failedEscalatesWithTheReason() {
        var approved = fixtures.approvedCase("meta");
        fixtures.publish(CaseFixtures.status(approved, "meta", DeliveryStatus.RETRYING, 1));
        fixtures.publish(CaseFixtures.status(approved, "meta", DeliveryStatus.FAILED, 2));
        fixtures.awaitState(approved.caseId(), "ESCALATED");
        JsonPath detail = fixtures.detail(approved.caseId());
        assertEquals("NOTICE_FAILED", detail.getString("audit[3].action"));
        assertEquals("notification-service", detail.getString("audit[3].actor"));
        assertTrue(detail.getString("audit[3].reason").contains("platform unavailable"), detail.getString("audit[3].reason"));
        assertEquals("FAILED", detail.getString("notice.deliveryStatus"));
    }

    @Test
    void aReportForACaseNotAwaitingItIsRecordedAndIgnored() {
        var delivered = fixtures.deliveredCase("tiktok");
        String lateFailure = fixtures.publish(CaseFixtures.status(delivered, "tiktok", DeliveryStatus.FAILED, 2));

        // Recorded means the handler's transaction committed, i.e. it neither failed nor was dead-lettered.
        await().atMost(CaseFixtures.WAIT).until(() ->
                "FAILED".equals(fixtures.detail(delivered.caseId()).getString("notice.deliveryStatus")));
        JsonPath detail = fixtures.detail(delivered.caseId());
        assertEquals("NOTICE_SENT", detail.getString("state"));
        assertEquals(4, detail.getList("audit").size());
        assertNotNull(detail.getString("notice.deliveredAt"));
        assertTrue(fixtures.events(DLQ, e -> lateFailure.equals(e.id()), Duration.ofSeconds(2)).isEmpty());
    }

    @Test
    void aReportForAnUnknownNoticeIsIgnored() {
        var approved = fixtures.approvedCase("tiktok");
        var unknown = new NoticeStatus(UUID.randomUUID(), UUID.fromString(approved.caseId()), "tiktok",
                DeliveryStatus.DELIVERED, 1, "WEBHOOK", 200, null, Instant.now());
        String ignored = fixtures.publish(unknown);
        // Same key as the unknown report: once the real one is handled, the unknown one was handled before it.
        fixtures.publish(CaseFixtures.status(approved, "tiktok", DeliveryStatus.DELIVERED, 1));
        fixtures.awaitState(approved.caseId(), "NOTICE_SENT");
        assertEquals(4, fixtures.detail(approved.caseId()).getList("audit").size());
        assertTrue(fixtures.events(DLQ, e -> ignored.equals(e.id()), Duration.ofSeconds(2)).isEmpty());
    }
}
