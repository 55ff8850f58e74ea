package id.pantau.cases.console;

import java.util.Locale;

/** The console's two languages; the choice lives in a cookie so every page keeps it. */
public enum ConsoleLocale {
    ID, EN;

    public static final String COOKIE = "pantau-lang";

    /** Indonesian unless the cookie (or parameter) asks for English. */
    public static ConsoleLocale of(String value) {
        return "en".equalsIgnoreCase(value == null ? "" : value.trim()) ? EN : ID;
    }

    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
