package id.pantau.notification.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.NoticeRequested;
import id.pantau.notification.config.DeliveryConfig;
import id.pantau.notification.domain.AttemptResult;
import id.pantau.notification.domain.NoticeText;
import id.pantau.notification.service.NoticeTexts;
import id.pantau.notification.service.WebhookCall;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Sends a notice by SMTP through the reactive mailer (no thread waits on the mail server): one
 * message, subject with the notice id, HTML and plain text, each with the platform's language first
 * (Bahasa Indonesia unless it chose English) and the other second. Never fails: every problem becomes an {@link AttemptResult}, retried like a 5xx.
 */
@ApplicationScoped
public class EmailClient {

    private final ReactiveMailer mailer;
    private final NoticeTexts texts;
    private final ObjectMapper json;
    private final Duration timeout;

    public EmailClient(ReactiveMailer mailer, NoticeTexts texts, ObjectMapper json, DeliveryConfig config) {
        this.mailer = mailer;
        this.texts = texts;
        this.json = json;
        this.timeout = config.timeout();
    }

    public Uni<AttemptResult> send(WebhookCall call) {
        long started = System.nanoTime();
        Mail mail;
        try {
            mail = mail(call);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().item(AttemptResult.error("stored notice cannot be read: " + e.getOriginalMessage(), 0));
        }
        return mailer.send(mail)
                .ifNoItem().after(timeout).failWith(() -> new TimeoutException("timed out after " + timeout))
                .map(ignored -> AttemptResult.mailAccepted(elapsedMillis(started)))
                .onFailure().recoverWithItem(failure -> AttemptResult.error("SMTP: " + describe(failure), elapsedMillis(started)));
    }

    private Mail mail(WebhookCall call) throws JsonProcessingException {
        // The stored payload also carries "texts"; the record ignores it and the wording is rendered afresh.
        NoticeRequested notice = json.readerFor(NoticeRequested.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(call.payload());
        NoticeText text = texts.render(notice);
        boolean englishFirst = "en".equals(call.language());
        String firstText = englishFirst ? text.textEn() : text.textId();
        String secondText = englishFirst ? text.textId() : text.textEn();
        String firstHtml = englishFirst ? text.htmlEn() : text.htmlId();
        String secondHtml = englishFirst ? text.htmlId() : text.htmlEn();
        Mail mail = new Mail()
                .setTo(call.emailTo())
                .setSubject(englishFirst ? NoticeTexts.subjectEnglishFirst(notice) : text.subject())
                .setText(firstText + "\n\n----------------------------------------\n\n" + secondText)
                .setHtml("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + firstHtml
                        + "<hr>" + secondHtml + "</body></html>");
        // The same headers as the webhook, so a platform's mail robot can drop repeats too.
        mail.addHeader(WebhookClient.EVENT_ID, call.attemptId().toString());
        mail.addHeader(WebhookClient.IDEMPOTENCY_KEY, call.noticeId().toString());
        return mail;
    }

    private static String describe(Throwable failure) {
        String type = failure instanceof TimeoutException ? "timeout" : failure.getClass().getSimpleName();
        return failure.getMessage() == null ? type : type + ": " + failure.getMessage();
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
