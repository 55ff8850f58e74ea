package id.pantau.cases.service;

import id.pantau.cases.config.CaseConfig;
import id.pantau.cases.domain.CaseState;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Cases grouped under the creator's account; computed from the cases, so it can never drift from them. */
@ApplicationScoped
public class Accounts {

    /** The newest cases an account file lists; counts cover all of them. */
    static final int HISTORY = 200;

    private final CaseRepository cases;
    private final CaseConfig config;

    public Accounts(CaseRepository cases, CaseConfig config) {
        this.cases = cases;
        this.config = config;
    }

    public Uni<AccountFile> of(String platform, String authorId) {
        return Panache.withSession(() -> cases.countByStateForAccount(platform, authorId)
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("No cases for account " + authorId + " on " + platform);
                    }
                    Map<String, Long> byState = new TreeMap<>();
                    long total = 0;
                    long counted = 0;
                    Instant first = null;
                    Instant last = null;
                    for (Object[] row : rows) {
                        CaseState state = (CaseState) row[0];
                        long n = ((Number) row[1]).longValue();
                        byState.put(state.name(), n);
                        total += n;
                        counted += state == CaseState.DISMISSED ? 0 : n;
                        first = first == null || ((Instant) row[2]).isBefore(first) ? (Instant) row[2] : first;
                        last = last == null || ((Instant) row[3]).isAfter(last) ? (Instant) row[3] : last;
                    }
                    long all = total;
                    long notDismissed = counted;
                    Instant firstAt = first;
                    Instant lastAt = last;
                    int threshold = config.repeatOffenderThreshold();
                    return cases.ofAccount(platform, authorId, HISTORY).map(history -> new AccountFile(platform, authorId,
                            history.getFirst().authorHandle, all, notDismissed, byState, notDismissed >= threshold,
                            threshold, firstAt, lastAt, history));
                }));
    }
}
