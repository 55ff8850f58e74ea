package id.pantau.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.events.BilingualText;
import id.pantau.events.NoticeRequested;
import id.pantau.notification.Notices;
import id.pantau.notification.domain.NoticeText;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every required element of a notice is in both languages, in plain text and in HTML. */
@QuarkusTest
class NoticeTextsTest {

    @Inject
    NoticeTexts texts;

    private static List<String> facts(NoticeRequested n) {
        return List.of(n.noticeId().toString(), n.caseId().toString(), n.platform(), n.externalId(), n.url(),
                n.issuingAuthority(), n.legalBasis(), n.reason(), n.evidenceDigest(), n.responseUrl(),
                n.requestedAction(), n.deadline().toString());
    }

    private static void containsAll(String text, List<String> expected) {
        for (String part : expected) {
            assertTrue(text.contains(part), "missing '" + part + "' in:\n" + text);
        }
        assertFalse(text.contains("NOT_FOUND"), text);
    }

    @Test
    void bahasaIndonesiaHasEveryElement() {
        NoticeRequested notice = Notices.notice("tiktok");
        NoticeText text = texts.render(notice);
        List<String> headings = List.of("Instansi penerbit", "Dasar hukum", "Alasan", "Ringkasan bukti",
                "Tindakan yang diminta", "hapus konten", "Batas waktu", "WIB", "Cara menanggapi",
                "Keberatan dan upaya hukum", "upaya hukum");
        containsAll(text.textId(), facts(notice));
        containsAll(text.textId(), headings);
        containsAll(text.htmlId(), headings);
        containsAll(text.htmlId(), List.of(notice.noticeId().toString(), notice.externalId(), notice.evidenceDigest(),
                "href=\"" + notice.responseUrl() + "\""));
    }

    @Test
    void englishHasEveryElement() {
        NoticeRequested notice = Notices.notice("tiktok");
        NoticeText text = texts.render(notice);
        List<String> headings = List.of("Issuing authority", "Legal basis", "Statement of reasons",
                "Evidence digest", "Requested action", "remove the content", "Deadline", "How to answer",
                "Objection and redress", "legal remedies");
        containsAll(text.textEn(), facts(notice));
        containsAll(text.textEn(), headings);
        containsAll(text.htmlEn(), headings);
        containsAll(text.htmlEn(), List.of(notice.noticeId().toString(), notice.externalId(), notice.evidenceDigest(),
                "href=\"" + notice.responseUrl() + "\""));
    }

    @Test
    void subjectNamesTheNoticeAndPlainTextsAreKeyedByLanguage() {
        NoticeRequested notice = Notices.notice("meta");
        assertTrue(texts.render(notice).subject().contains(notice.noticeId().toString()));
        Map<String, String> plain = texts.plain(notice);
        assertEquals(List.of("id", "en"), List.copyOf(plain.keySet()));
        assertTrue(plain.get("id").startsWith("PEMBERITAHUAN"));
        assertTrue(plain.get("en").startsWith("CONTENT"));
    }

    @Test
    void eachLanguageCarriesItsOwnLegalTextAndReasons() {
        NoticeRequested n = Notices.notice("tiktok");
        NoticeRequested bilingual = new NoticeRequested(n.noticeId(), n.caseId(), n.contentId(), n.platform(),
                n.externalId(), n.url(), n.authorId(), n.issuingAuthority(), n.legalBasis(), n.reason(),
                n.requestedAction(), n.priority(), n.deadline(), n.evidenceDigest(), n.responseUrl(), n.requestedAt(),
                "permendag-40-2022",
                new BilingualText("Permendag 40/2022 tentang barang dilarang impor", "Permendag 40/2022 on goods prohibited from import"),
                new BilingualText("Pakaian bekas (HS 6309) dilarang diimpor.", "Used clothing (HS 6309) may not be imported."),
                new BilingualText("Konten mempromosikan penjualan pakaian bekas impor.", "The content promotes selling imported used clothing."),
                NoticeRequested.KIND_TAKEDOWN);
        NoticeText text = texts.render(bilingual);
        containsAll(text.textEn(), List.of("Permendag 40/2022 on goods prohibited from import",
                "Used clothing (HS 6309) may not be imported.", "The content promotes selling imported used clothing."));
        containsAll(text.htmlEn(), List.of("Used clothing (HS 6309) may not be imported."));
        containsAll(text.textId(), List.of("Permendag 40/2022 tentang barang dilarang impor",
                "Pakaian bekas (HS 6309) dilarang diimpor.", "Konten mempromosikan penjualan pakaian bekas impor."));
        containsAll(text.htmlId(), List.of("Pakaian bekas (HS 6309) dilarang diimpor."));
        assertFalse(text.textEn().contains("dilarang diimpor"), "no Indonesian legal text in the English notice");
    }

    @Test
    void htmlEscapesWhatTheNoticeCarries() {
        NoticeRequested n = Notices.notice("x");
        NoticeRequested hostile = new NoticeRequested(n.noticeId(), n.caseId(), n.contentId(), n.platform(),
                n.externalId(), n.url(), null, n.issuingAuthority(), n.legalBasis(), "<script>alert(1)</script>",
                "GEO_BLOCK", n.priority(), n.deadline(), n.evidenceDigest(), n.responseUrl(), n.requestedAt());
        NoticeText text = texts.render(hostile);
        assertFalse(text.htmlEn().contains("<script>"), text.htmlEn());
        assertTrue(text.htmlEn().contains("&lt;script&gt;"), text.htmlEn());
        assertTrue(text.textEn().contains("Uploader account id: -"), text.textEn());
        assertTrue(text.textId().contains("blokir akses konten dari Indonesia"), text.textId());
    }
}
