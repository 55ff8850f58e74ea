package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.pantau.cases.domain.CaseState;
import id.pantau.cases.service.QueueOrder;
import id.pantau.commons.problem.ProblemException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueFilterTest {

    @Test
    void emptyParametersMeanTheWholeOpenQueue() {
        QueueFilter filter = QueueFilter.parse(null, "", " ", null, null);
        assertEquals(Optional.empty(), filter.platform());
        assertEquals(Optional.empty(), filter.account());
        assertEquals(QueueFilter.PAGE_SIZE, filter.pageSize());
        var query = filter.toQuery();
        assertEquals(CaseState.OPEN, query.state());
        assertNull(query.platform());
        assertNull(query.text());
        assertEquals("", filter.firstPageQuery());
    }

    @Test
    void passesTheFiltersToTheApiQueryAndKeepsThemForThePageLinks() {
        QueueFilter filter = QueueFilter.parse("tiktok", "author 7", "term.bongkar-bal", "bal & co", null);
        var query = filter.toQuery();
        assertEquals("tiktok", query.platform());
        assertEquals("author 7", query.authorId());
        assertEquals("term.bongkar-bal", query.ruleId());
        assertEquals("bal & co", query.text());
        assertEquals("platform=tiktok&account=author+7&rule=term.bongkar-bal&q=bal+%26+co", filter.firstPageQuery());
        assertEquals("platform=tiktok&account=author+7&rule=term.bongkar-bal&q=bal+%26+co&after=abc",
                filter.nextPageQuery("abc"));
    }

    @Test
    void theSortOrderIsKeptInThePageLinksAndTheDefaultIsLeftOut() {
        QueueFilter newest = QueueFilter.parse("tiktok", null, null, null, "Newest", null);
        assertEquals(QueueOrder.NEWEST, newest.order());
        assertEquals("platform=tiktok&sort=newest", newest.firstPageQuery());
        assertEquals("platform=tiktok&sort=newest&after=abc", newest.nextPageQuery("abc"));
        assertEquals(QueueOrder.PRIORITY, QueueFilter.parse(null, null, null, null, " ", null).order());
        assertEquals("", QueueFilter.parse(null, null, null, null, "priority", null).firstPageQuery());
        ProblemException e = assertThrows(ProblemException.class,
                () -> QueueFilter.parse(null, null, null, null, "sideways", null));
        assertEquals(400, e.status());
    }

    @Test
    void unreadableInputIsABadRequest() {
        for (String[] bad : new String[][] {{"Not A Platform", null, null}, {null, "x".repeat(257), null},
                {null, null, "q".repeat(201)}}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> QueueFilter.parse(bad[0], bad[1], null, bad[2], null));
            assertEquals(400, e.status());
        }
    }
}
