package id.pantau.cases.service;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.CaseLifecycle;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.domain.TransitionInput;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.cases.repository.NoticeAttemptRepository;
import id.pantau.cases.repository.NoticeRepository;
import id.pantau.events.NoticeStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Follows notification-service's delivery reports. A report always updates the notice's delivery
 * status; it moves the case only when the case still waits for that notice. Anything else is a late or
 * repeated report: recorded, logged, acknowledged, never dead-lettered.
 */
@ApplicationScoped
public class NoticeDeliveryTracker {

    private static final Logger LOG = Logger.getLogger(NoticeDeliveryTracker.class);

    private final NoticeRepository notices;
    private final CaseRepository cases;
    private final CaseTransitions transitions;
    private final NoticeAttemptRepository attempts;
    private final Clock clock;

    public NoticeDeliveryTracker(NoticeRepository notices, CaseRepository cases, CaseTransitions transitions,
            NoticeAttemptRepository attempts, Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.transitions = transitions;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> onStatus(NoticeStatus report) {
        return notices.findById(report.noticeId()).chain(notice -> {
            if (notice == null || !notice.caseId.equals(report.caseId())) {
                LOG.warnf("Delivery report for unknown notice %s (case %s) ignored", report.noticeId(), report.caseId());
                return Uni.createFrom().voidItem();
            }
            notice.recordDelivery(report.status(), report.attempt(), report.channel(), report.detail(), report.occurredAt());
            return attempts.record(report, clock.instant()).chain(() -> switch (report.status()) {
                case DELIVERED -> move(notice, Command.NOTICE_DELIVERED, TransitionInput.NONE);
                case FAILED -> move(notice, Command.NOTICE_FAILED, TransitionInput.reason(failure(report)));
                case RETRYING -> Uni.createFrom().voidItem();
            });
        });
    }

    private Uni<Void> move(Notice notice, Command command, TransitionInput input) {
        return cases.findById(notice.caseId)
                .chain(target -> notices.latestOf(notice.caseId).chain(latest -> {
                    if (!awaits(target, latest, notice, command)) {
                        LOG.infof("%s for notice %s ignored: case %s is %s", command, notice.id, target.id, target.state);
                        return Uni.createFrom().voidItem();
                    }
                    return transitions.apply(target, command, Actor.NOTIFICATION_SERVICE, input).replaceWithVoid();
                }));
    }

    /** Only the case's current notice moves it, and only while the case waits for its delivery. */
    private static boolean awaits(TakedownCase target, Notice latest, Notice reported, Command command) {
        return latest != null && latest.id.equals(reported.id)
                && CaseLifecycle.allows(Optional.of(target.state), command);
    }

    private static String failure(NoticeStatus report) {
        String why = "Notice delivery failed after attempt %d over %s".formatted(report.attempt(), report.channel());
        if (report.httpStatus() != null) {
            why += " (HTTP " + report.httpStatus() + ")";
        }
        if (report.detail() != null && !report.detail().isBlank()) {
            why += ": " + report.detail();
        }
        return why.length() <= 2000 ? why : why.substring(0, 2000);
    }
}
