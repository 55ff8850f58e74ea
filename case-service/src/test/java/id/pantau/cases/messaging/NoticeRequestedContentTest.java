package id.pantau.cases.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cases.support.CaseFixtures;
import id.pantau.events.NoticeRequested;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** notice.requested carries the legal basis and the statement of reasons in Bahasa Indonesia and English. */
@QuarkusTest
class NoticeRequestedContentTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    ObjectMapper json;

    @Test
    void theNoticeCarriesBilingualLegalTexts() throws Exception {
        var approved = fixtures.approvedCase("tiktok");
        var events = fixtures.events(NoticeRequested.TOPIC, e -> e.data().contains(approved.noticeId()), CaseFixtures.WAIT);
        assertEquals(1, events.size());
        NoticeRequested notice = json.readValue(events.getFirst().data(), NoticeRequested.class);
        assertEquals("permendag-18-2021-jo-40-2022", notice.legalBasisId());
        assertEquals("TAKEDOWN", notice.kind());
        assertTrue(notice.legalBasisTitle().id().startsWith("Peraturan Menteri Perdagangan Nomor 18 Tahun 2021"));
        assertTrue(notice.legalBasisTitle().en().startsWith("Regulation of the Minister of Trade Number 18 of 2021"));
        assertTrue(notice.legalBasisText().id().contains("HS 6309.00.00"));
        assertTrue(notice.legalBasisText().en().contains("HS 6309.00.00"));
        assertTrue(notice.statementOfReasons().id().startsWith("Konten ini melanggar Permendag 18/2021 jo. Permendag 40/2022"));
        assertTrue(notice.statementOfReasons().en().startsWith("This content violates Permendag 18/2021 jo. Permendag 40/2022"));
        assertTrue(notice.statementOfReasons().en().endsWith(notice.reason()));
    }
}
