package id.pantau.notification.service;

import id.pantau.events.BilingualText;
import id.pantau.events.NoticeRequested;
import id.pantau.notification.domain.NoticeText;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the notice's wording from the Qute templates in templates/notice: the legal text lives in
 * files reviewed like code, not in Java strings. Rendering is pure CPU, safe on the event loop.
 */
@ApplicationScoped
public class NoticeTexts {

    /** Platforms in Indonesia read deadlines in WIB; the UTC instant stays next to it, unambiguous. */
    private static final DateTimeFormatter JAKARTA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private static final Map<String, String> ACTION_ID = Map.of(
            "REMOVE", "hapus konten",
            "GEO_BLOCK", "blokir akses konten dari Indonesia",
            "RESTRICT_ACCOUNT", "batasi akun pengunggah");
    private static final Map<String, String> ACTION_EN = Map.of(
            "REMOVE", "remove the content",
            "GEO_BLOCK", "block access to the content from Indonesia",
            "RESTRICT_ACCOUNT", "restrict the uploader's account");

    private final Template textId;
    private final Template textEn;
    private final Template htmlId;
    private final Template htmlEn;

    public NoticeTexts(Engine engine) {
        this.textId = required(engine, "notice/text-id");
        this.textEn = required(engine, "notice/text-en");
        this.htmlId = required(engine, "notice/html-id");
        this.htmlEn = required(engine, "notice/html-en");
    }

    public NoticeText render(NoticeRequested notice) {
        Map<String, Object> data = data(notice);
        return new NoticeText(subject(notice), render(textId, data), render(textEn, data), render(htmlId, data),
                render(htmlEn, data));
    }

    /** The plain texts as they travel in the webhook body: {"id": …, "en": …}. */
    public Map<String, String> plain(NoticeRequested notice) {
        return plain(notice, "id");
    }

    /** The same, the platform's language first: {"en": …, "id": …} for "en". */
    public Map<String, String> plain(NoticeRequested notice, String leading) {
        Map<String, Object> data = data(notice);
        Map<String, String> texts = new LinkedHashMap<>();
        if ("en".equals(leading)) {
            texts.put("en", render(textEn, data));
            texts.put("id", render(textId, data));
        } else {
            texts.put("id", render(textId, data));
            texts.put("en", render(textEn, data));
        }
        return texts;
    }

    public static String subject(NoticeRequested notice) {
        return "Pemberitahuan penurunan konten / Content takedown notice " + notice.noticeId();
    }

    public static String subjectEnglishFirst(NoticeRequested notice) {
        return "Content takedown notice / Pemberitahuan penurunan konten " + notice.noticeId();
    }

    private static String render(Template template, Map<String, Object> data) {
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    private static Map<String, Object> data(NoticeRequested n) {
        Map<String, Object> data = new HashMap<>();
        data.put("noticeId", text(n.noticeId()));
        data.put("caseId", text(n.caseId()));
        data.put("platform", text(n.platform()));
        data.put("externalId", text(n.externalId()));
        data.put("url", text(n.url()));
        data.put("authorId", text(n.authorId()));
        data.put("issuingAuthority", text(n.issuingAuthority()));
        data.put("legalBasis", text(n.legalBasis()));
        data.put("reason", text(n.reason()));
        // case-service sends the catalogue's wording and the statement of reasons in both languages; events
        // of older producers carry only the single legalBasis and reason, which then stand for both.
        data.put("legalBasisIndonesian", inLanguage(n.legalBasisTitle(), "id", n.legalBasis()));
        data.put("legalBasisEnglish", inLanguage(n.legalBasisTitle(), "en", n.legalBasis()));
        data.put("legalTextIndonesian", inLanguage(n.legalBasisText(), "id", ""));
        data.put("legalTextEnglish", inLanguage(n.legalBasisText(), "en", ""));
        data.put("reasonIndonesian", inLanguage(n.statementOfReasons(), "id", n.reason()));
        data.put("reasonEnglish", inLanguage(n.statementOfReasons(), "en", n.reason()));
        data.put("requestedAction", text(n.requestedAction()));
        data.put("actionId", ACTION_ID.getOrDefault(n.requestedAction(), text(n.requestedAction())));
        data.put("actionEn", ACTION_EN.getOrDefault(n.requestedAction(), text(n.requestedAction())));
        data.put("priority", text(n.priority()));
        data.put("deadline", text(n.deadline()));
        data.put("deadlineJakarta", n.deadline() == null ? "-" : JAKARTA.format(n.deadline()));
        data.put("evidenceDigest", text(n.evidenceDigest()));
        data.put("responseUrl", text(n.responseUrl()));
        return data;
    }

    private static String inLanguage(BilingualText bilingual, String language, String fallback) {
        String value = bilingual == null ? null : "en".equals(language) ? bilingual.en() : bilingual.id();
        return value == null || value.isBlank() ? text(fallback) : value;
    }

    /** A missing optional field (authorId) reads "-" rather than an empty gap in a legal text. */
    private static String text(Object value) {
        return value instanceof Instant instant ? instant.toString() : Objects.toString(value, "-");
    }

    private static Template required(Engine engine, String id) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("Notice template " + id + " is missing from templates/");
        }
        return template;
    }
}
