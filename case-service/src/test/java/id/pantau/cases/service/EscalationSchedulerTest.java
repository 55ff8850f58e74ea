package id.pantau.cases.service;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.local.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the schedule on, nobody has to run a pass: moving the clock past the deadline is enough. */
@QuarkusTest
@TestProfile(EscalationSchedulerTest.ScheduleOn.class)
class EscalationSchedulerTest {

    public static class ScheduleOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pantau.case.escalation.every", "0.2s");
        }
    }

    @Inject
    CaseFixtures fixtures;

    @Inject
    MovableClock clock;

    @Test
    void theScheduledJobEscalatesAnOverdueCase() {
        var approved = fixtures.approvedCase("tiktok");
        fixtures.awaitState(approved.caseId(), "APPROVED");
        clock.advance(Duration.ofHours(25));
        fixtures.awaitState(approved.caseId(), "ESCALATED");
    }
}
