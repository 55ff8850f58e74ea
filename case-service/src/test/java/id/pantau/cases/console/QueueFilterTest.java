package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.pantau.cases.domain.Priority;
import id.pantau.commons.problem.ProblemException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueueFilterTest {

    @Test
    void emptyParametersMeanTheWholeQueueNewestFirst() {
        QueueFilter filter = QueueFilter.parse(null, "", " ", null, null);
        assertEquals(Optional.empty(), filter.platform());
        assertEquals(Optional.empty(), filter.priority());
        assertEquals(Optional.empty(), filter.minScore());
        assertEquals(QueueFilter.Sort.NEWEST, filter.sort());
        assertEquals(QueueFilter.PAGE_SIZE, filter.pageSize());
    }

    @Test
    void readsFiltersAndKeepsThemForThePageLinks() {
        QueueFilter filter = QueueFilter.parse("tiktok", "URGENT", "2.5", "score", null);
        assertEquals(Optional.of(Priority.URGENT), filter.priority());
        assertEquals(Optional.of(2.5), filter.minScore());
        assertEquals("sort=score&platform=tiktok&priority=URGENT&minScore=2.5", filter.firstPageQuery());
    }

    @Test
    void aCursorSurvivesTheRoundTrip() {
        UUID id = UUID.randomUUID();
        var cursor = QueueFilter.Cursor.of(Instant.parse("2026-11-28T09:00:00.123456Z"), id);
        QueueFilter filter = QueueFilter.parse(null, null, null, "newest", cursor.encode());
        assertEquals(Optional.of(cursor), filter.after());
        assertEquals("1795856400123456", cursor.value());
    }

    @Test
    void unreadableInputIsABadRequest() {
        for (String[] bad : new String[][] {{"NOPE", null, null, null}, {null, "lots", null, null},
                {null, null, "sideways", null}, {null, null, null, "!!!"}, {null, null, null, "bm90LWEtY3Vyc29y"}}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> QueueFilter.parse(null, bad[0], bad[1], bad[2], bad[3]));
            assertEquals(400, e.status());
        }
    }
}
