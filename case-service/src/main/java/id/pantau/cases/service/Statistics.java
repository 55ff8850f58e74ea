package id.pantau.cases.service;

import java.time.Instant;
import java.util.List;

/**
 * The ministry's dashboard figures. Medians are in hours; {@code slaCompliance} is met / (met +
 * breached), null while nothing was decided; the backlog is what waits on the ministry (OPEN, PROPOSED).
 */
public record Statistics(Instant computedAt, Instant from, Instant to, List<StateCount> casesByPlatformAndState,
        List<TimeToAction> timeToAction, List<SlaCompliance> slaCompliance, List<Backlog> backlog) {

    public record StateCount(String platform, String state, long cases) {
    }

    public record TimeToAction(String platform, double medianHours, long noticesActioned) {
    }

    public record SlaCompliance(String platform, long met, long breached, Double compliance) {
    }

    /** One platform's calendar week (starting Monday, UTC) of notices issued; {@code compliance} as above. */
    public record WeeklySla(String platform, java.time.LocalDate week, long met, long breached, Double compliance) {
    }

    /** How many notices a platform contested with one reason code. */
    public record ContestedReason(String platform, String reasonCode, long notices) {
    }

    public record Backlog(String platform, long cases, Instant oldestCreatedAt, double oldestAgeHours,
            double medianAgeHours) {
    }
}
