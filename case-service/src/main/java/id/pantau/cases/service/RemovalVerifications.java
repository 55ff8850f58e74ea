package id.pantau.cases.service;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.CaseState;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.RemovalVerification;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.domain.TransitionInput;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.cases.repository.RemovalVerificationRepository;
import id.pantau.events.RemovalResult;
import id.pantau.events.RemovalVerified;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Follows ingestion-service's re-checks of actioned content. GONE or GEO_BLOCKED closes an ACTIONED case
 * (outcome REMOVED or GEO_BLOCKED), STILL_AVAILABLE escalates it, UNKNOWN is only recorded; every check
 * is kept. A check of a case that is no longer ACTIONED is recorded and moves nothing.
 */
@ApplicationScoped
public class RemovalVerifications {

    private static final Logger LOG = Logger.getLogger(RemovalVerifications.class);

    private final CaseRepository cases;
    private final RemovalVerificationRepository verifications;
    private final CaseTransitions transitions;
    private final Clock clock;

    public RemovalVerifications(CaseRepository cases, RemovalVerificationRepository verifications,
            CaseTransitions transitions, Clock clock) {
        this.cases = cases;
        this.verifications = verifications;
        this.transitions = transitions;
        this.clock = clock;
    }

    /**
     * Runs inside the consumer's transaction. An event naming no case of ours, or the wrong content, is
     * malformed: it fails and goes to the dead-letter topic.
     */
    public Uni<Void> onVerified(RemovalVerified event) {
        if (event.caseId() == null || event.result() == null) {
            throw new IllegalArgumentException("A removal verification needs caseId and result");
        }
        return cases.findById(event.caseId()).chain(found -> {
            if (found == null) {
                throw new IllegalArgumentException("No case " + event.caseId());
            }
            if (event.contentId() != null && !event.contentId().equals(found.contentId)) {
                throw new IllegalArgumentException("Case " + found.id + " is about content " + found.contentId
                        + ", not " + event.contentId());
            }
            Command command = commandFor(found, event.result());
            RemovalVerification row = recordOf(event, command != null);
            Uni<Void> move = command == null
                    ? Uni.createFrom().voidItem()
                    : transitions.apply(found, command, Actor.SYSTEM, TransitionInput.reason(reason(event)))
                            .invoke(moved -> {
                                if (command == Command.VERIFY_REMOVED) {
                                    moved.outcome = event.result() == RemovalResult.GONE ? "REMOVED" : "GEO_BLOCKED";
                                }
                            })
                            .replaceWithVoid();
            if (command == null) {
                LOG.infof("Removal verification %s of case %s recorded (case is %s)", event.result(), found.id, found.state);
            }
            return move.call(() -> verifications.persist(row)).replaceWithVoid();
        });
    }

    private static Command commandFor(TakedownCase target, RemovalResult result) {
        if (target.state != CaseState.ACTIONED) {
            return null;
        }
        return switch (result) {
            case GONE, GEO_BLOCKED -> Command.VERIFY_REMOVED;
            case STILL_AVAILABLE -> Command.VERIFY_STILL_LIVE;
            case UNKNOWN -> null;
        };
    }

    private RemovalVerification recordOf(RemovalVerified event, boolean applied) {
        RemovalVerification row = new RemovalVerification();
        row.id = UUID.randomUUID();
        row.caseId = event.caseId();
        row.result = event.result();
        row.checks = event.checks();
        row.method = truncate(event.method(), 64);
        row.httpStatus = event.httpStatus();
        row.detail = truncate(event.detail(), 2000);
        row.checkedAt = event.checkedAt();
        row.receivedAt = Timestamps.now(clock);
        row.applied = applied;
        return row;
    }

    private static String reason(RemovalVerified event) {
        String why = "Verification found the content " + event.result() + " after " + event.checks() + " check(s)";
        if (event.method() != null) {
            why += " by " + event.method();
        }
        if (event.httpStatus() != null) {
            why += " (HTTP " + event.httpStatus() + ")";
        }
        return truncate(why, 2000);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
