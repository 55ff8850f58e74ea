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

    public record Backlog(String platform, long cases, Instant oldestCreatedAt, double oldestAgeHours,
            double medianAgeHours) {
    }
}
