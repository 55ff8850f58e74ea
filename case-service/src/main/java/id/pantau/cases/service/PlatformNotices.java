package id.pantau.cases.service;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.Appeal;
import id.pantau.cases.domain.CaseState;
import id.pantau.cases.domain.ContestReason;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.domain.PlatformAction;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.domain.TransitionInput;
import id.pantau.cases.repository.AppealRepository;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.cases.repository.EvidenceRepository;
import id.pantau.cases.repository.NoticeRepository;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The platforms' side of a case. Every query carries the caller's platform, so another platform's
 * notice does not exist for them (404), whatever the code above it does.
 */
@ApplicationScoped
public class PlatformNotices {

    private final NoticeRepository notices;
    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final CaseTransitions transitions;
    private final AppealRepository appeals;
    private final Clock clock;

    /** A platform's clock may run a little ahead of ours; beyond this, a reported time is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public PlatformNotices(NoticeRepository notices, CaseRepository cases, EvidenceRepository evidence,
            CaseTransitions transitions, AppealRepository appeals, Clock clock) {
        this.appeals = appeals;
        this.notices = notices;
        this.cases = cases;
        this.evidence = evidence;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** A page of the platform's notices, newest first; the cursor is opaque to clients. */
    public Uni<Page<PlatformNoticeFile>> newest(String platform, CaseState state, Instant since, String cursor, int limit) {
        List<String> after = cursor == null ? null : PageCursor.decode(cursor, 2);
        Instant afterAt = after == null ? null : cursorInstant(after.get(0));
        UUID afterId = after == null ? null : cursorId(after.get(1));
        return Panache.withSession(() -> notices.newestForPlatform(platform, state, since, afterAt, afterId, limit + 1)
                .chain(found -> cases.findForPlatform(found.stream().map(n -> n.caseId).distinct().toList(), platform)
                        .map(owners -> join(found, owners))))
                .map(files -> {
                    if (files.size() <= limit) {
                        return new Page<>(files, null);
                    }
                    List<PlatformNoticeFile> page = files.subList(0, limit);
                    Notice last = page.getLast().notice();
                    return new Page<>(page, PageCursor.encode(List.of(last.createdAt.toString(), last.id.toString())));
                });
    }

    private static Instant cursorInstant(String raw) {
        try {
            return Instant.parse(raw);
        } catch (RuntimeException e) {
            throw PageCursor.malformed();
        }
    }

    private static UUID cursorId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (RuntimeException e) {
            throw PageCursor.malformed();
        }
    }

    public Uni<PlatformNoticeFile> one(UUID id, String platform) {
        return Panache.withSession(() -> scoped(id, platform).chain(this::withEvidence));
    }

    public Uni<PlatformNoticeFile> acknowledge(UUID id, String platform, Actor actor) {
        return Panache.withTransaction(() -> answerable(id, platform)
                .call(file -> transitions.apply(file.takedownCase(), Command.ACKNOWLEDGE, actor, TransitionInput.NONE))
                .invoke(file -> file.notice().acknowledgedAt = Timestamps.now(clock))
                .chain(this::withEvidence));
    }

    /**
     * {@code actedAt} is when the platform says it acted (now when absent): it may not lie in the future
     * nor before the notice was issued, since time-to-action statistics are computed from it.
     */
    public Uni<PlatformNoticeFile> reportAction(UUID id, String platform, Actor actor, PlatformAction action,
            String reference, Instant actedAt) {
        var input = new TransitionInput("Platform reports " + action + " (" + reference + ")", null, reference);
        return Panache.withTransaction(() -> answerable(id, platform)
                .invoke(file -> checkActedAt(file.notice(), actedAt))
                .call(file -> transitions.apply(file.takedownCase(), Command.REPORT_ACTION, actor, input))
                .invoke(file -> {
                    Instant now = Timestamps.now(clock);
                    file.takedownCase().actionTaken = action;
                    Notice notice = file.notice();
                    notice.actionTaken = action;
                    notice.platformReference = reference;
                    notice.actionedAt = actedAt == null ? now : actedAt.truncatedTo(ChronoUnit.MICROS);
                    notice.actionReportedAt = now;
                })
                .chain(this::withEvidence));
    }

    private void checkActedAt(Notice notice, Instant actedAt) {
        if (actedAt == null) {
            return;
        }
        if (actedAt.isAfter(Timestamps.now(clock).plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest("actedAt " + actedAt + " is in the future");
        }
        if (actedAt.isBefore(notice.createdAt)) {
            throw ProblemException.badRequest("actedAt " + actedAt + " is before the notice was issued (" + notice.createdAt + ")");
        }
    }

    /**
     * The content owner appealed against the platform's action: recorded with the case and in its audit
     * chain. It moves no state; a supervisor may reopen the case once it is closed. Only after an action.
     */
    public Uni<PlatformNoticeFile> reportAppeal(UUID id, String platform, Actor actor, String reference, String text,
            Instant filedAt) {
        return Panache.withTransaction(() -> scoped(id, platform)
                .invoke(file -> {
                    if (file.notice().actionTaken == null) {
                        throw ProblemException.conflict("Notice " + id + " reports no action taken, so there is nothing to appeal against");
                    }
                    if (filedAt != null && filedAt.isAfter(Timestamps.now(clock).plus(CLOCK_SKEW))) {
                        throw ProblemException.badRequest("filedAt " + filedAt + " is in the future");
                    }
                })
                .call(file -> {
                    Instant now = Timestamps.now(clock);
                    Appeal appeal = new Appeal();
                    appeal.id = UUID.randomUUID();
                    appeal.caseId = file.takedownCase().id;
                    appeal.noticeId = file.notice().id;
                    appeal.platform = platform;
                    appeal.reference = reference;
                    appeal.text = text;
                    appeal.filedAt = filedAt == null ? now : filedAt.truncatedTo(ChronoUnit.MICROS);
                    appeal.reportedBy = actor.name();
                    appeal.reportedAt = now;
                    String why = "Content owner appealed" + (reference == null ? "" : " (" + reference + ")") + ": " + text;
                    return transitions.note(file.takedownCase(), actor, Appeal.AUDIT_ACTION, why)
                            .call(() -> appeals.persist(appeal));
                })
                .chain(this::withEvidence));
    }

    /**
     * NOTICE_SENT or ACKNOWLEDGED → CONTESTED ({@code REJECT} or {@code REQUEST_CLARIFICATION}); the
     * platform's SLA clock pauses until the ministry clarifies.
     */
    public Uni<PlatformNoticeFile> contest(UUID id, String platform, Actor actor, Command command, String reason) {
        return contest(id, platform, actor, command, null, reason);
    }

    /** With a reason code: INSUFFICIENT_INFORMATION asks for a clarification, the others reject. */
    public Uni<PlatformNoticeFile> contest(UUID id, String platform, Actor actor, ContestReason code, String reason) {
        return contest(id, platform, actor, code.command(), code, reason);
    }

    private Uni<PlatformNoticeFile> contest(UUID id, String platform, Actor actor, Command command, ContestReason code,
            String reason) {
        String why = code == null ? reason : code + ": " + reason;
        return Panache.withTransaction(() -> answerable(id, platform)
                .call(file -> transitions.apply(file.takedownCase(), command, actor, TransitionInput.reason(why)))
                .invoke(file -> {
                    file.notice().contestCode = code;
                    file.notice().contestedAt = Timestamps.now(clock);
                })
                .chain(this::withEvidence));
    }

    /**
     * A notice the platform may still answer: after a clarification the case waits on the re-sent
     * notice, and an answer to the one it replaced must not move the case (409, naming the current one).
     */
    private Uni<PlatformNoticeFile> answerable(UUID id, String platform) {
        return scoped(id, platform).call(file -> notices.latestOf(file.notice().caseId).invoke(latest -> {
            if (!latest.id.equals(file.notice().id)) {
                throw ProblemException.conflict("Notice %s was replaced by notice %s; answer that one"
                        .formatted(id, latest.id));
            }
        }));
    }

    private Uni<PlatformNoticeFile> scoped(UUID id, String platform) {
        return notices.findForPlatform(id, platform)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No notice " + id))
                .chain(notice -> cases.findForPlatform(notice.caseId, platform)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("No notice " + id))
                        .map(owner -> new PlatformNoticeFile(notice, owner, null)));
    }

    private Uni<PlatformNoticeFile> withEvidence(PlatformNoticeFile file) {
        return evidence.bySha256(file.notice().caseId, file.notice().evidenceDigest)
                .map(cited -> new PlatformNoticeFile(file.notice(), file.takedownCase(), cited));
    }

    private static List<PlatformNoticeFile> join(List<Notice> found, List<TakedownCase> owners) {
        Map<UUID, TakedownCase> byId = owners.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        return found.stream()
                .filter(n -> byId.containsKey(n.caseId))
                .map(n -> new PlatformNoticeFile(n, byId.get(n.caseId), null))
                .toList();
    }
}
