package id.pantau.events;

/** One text in Bahasa Indonesia ({@code id}) and English ({@code en}). */
public record BilingualText(String id, String en) {
}
