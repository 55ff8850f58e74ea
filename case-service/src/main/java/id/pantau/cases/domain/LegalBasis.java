package id.pantau.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A regulation a takedown may cite, seeded by Flyway; the service only reads it. */
@Entity
@Table(name = "legal_basis")
public class LegalBasis {

    @Id
    public String id;

    public String citation;

    @Column(name = "title_id")
    public String titleIndonesian;

    @Column(name = "title_en")
    public String titleEnglish;

    @Column(name = "text_id")
    public String textIndonesian;

    @Column(name = "text_en")
    public String textEnglish;

    /**
     * Whether a caller's value names this entry: its id, or its citation as people type it (case and
     * spacing aside), so that proposals written before the catalogue existed keep working.
     */
    public boolean isNamedBy(String value) {
        if (value == null) {
            return false;
        }
        String trimmed = value.trim();
        return id.equals(trimmed) || normalised(citation).equals(normalised(trimmed));
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
