package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.domain.Priority;
import id.pantau.cases.support.CaseFixtures;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The queue's filters, orders and keyset paging, and the dashboard's figures, on a platform of this test's own. */
@QuarkusTest
class ConsoleQueriesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    CaseFixtures fixtures;

    @Inject
    ConsoleQueries queries;

    @Test
    void pagesWalkTheWholeQueueOnceInEachOrder() {
        String platform = "q-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> byScore = List.of(open(platform, 4.5), open(platform, 3.0), open(platform, 2.0));

        assertEquals(byScore, walk(platform, QueueFilter.Sort.SCORE, Optional.empty(), Optional.empty()));
        assertEquals(byScore.reversed(), walk(platform, QueueFilter.Sort.NEWEST, Optional.empty(), Optional.empty()));
        assertEquals(byScore, walk(platform, QueueFilter.Sort.OLDEST, Optional.empty(), Optional.empty()));
        assertEquals(byScore.subList(0, 2), walk(platform, QueueFilter.Sort.SCORE, Optional.empty(), Optional.of(2.5)));
        assertEquals(byScore.subList(0, 1),
                walk(platform, QueueFilter.Sort.NEWEST, Optional.of(Priority.URGENT), Optional.empty()));

        var figures = queries.casesByState().await().atMost(WAIT).stream()
                .filter(row -> platform.equals(row[0])).toList();
        assertEquals(1, figures.size());
        assertEquals("OPEN", figures.getFirst()[1]);
        assertEquals(3L, figures.getFirst()[2]);
        var backlog = queries.backlog().await().atMost(WAIT).stream().filter(row -> platform.equals(row[0])).toList();
        assertEquals(3L, backlog.getFirst()[1]);
        assertTrue((Double) backlog.getFirst()[2] >= 0);
    }

    /** Follows the next-page cursors with pages of two; returns the case ids in the order seen. */
    private List<String> walk(String platform, QueueFilter.Sort sort, Optional<Priority> priority,
            Optional<Double> minScore) {
        List<String> seen = new ArrayList<>();
        Optional<QueueFilter.Cursor> after = Optional.empty();
        for (int page = 0; page < 5; page++) {
            QueuePage result = queries.queue(new QueueFilter(Optional.of(platform), priority, minScore, sort, after, 2))
                    .await().atMost(WAIT);
            result.rows().forEach(row -> seen.add(row.id().toString()));
            if (result.nextCursor().isEmpty()) {
                return seen;
            }
            after = Optional.of(QueueFilter.parse(null, null, null, null, result.nextCursor().get()).after().get());
        }
        throw new AssertionError("paging did not end: " + seen);
    }

    private String open(String platform, double score) {
        return fixtures.openCase(platform, Verdict.VIOLATION, score);
    }
}
