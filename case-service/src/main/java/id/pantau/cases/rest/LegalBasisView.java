package id.pantau.cases.rest;

import id.pantau.cases.domain.LegalBasis;

/** A catalogue entry; {@code title} and {@code text} in Bahasa Indonesia ({@code id}) and English ({@code en}). */
public record LegalBasisView(String id, String citation, Bilingual title, Bilingual text) {

    public record Bilingual(String id, String en) {
    }

    static LegalBasisView of(LegalBasis b) {
        return new LegalBasisView(b.id, b.citation, new Bilingual(b.titleIndonesian, b.titleEnglish),
                new Bilingual(b.textIndonesian, b.textEnglish));
    }
}
