package id.pantau.notification.domain;

/** A notice rendered for people: one subject, and the body in both languages as plain text and HTML. */
public record NoticeText(String subject, String textId, String textEn, String htmlId, String htmlEn) {
}
