package dk.casescreen;

import java.util.Locale;

/** The two languages casescreen speaks: Danish (the default) and English. */
public enum Language {
    /** Danish. */
    DA,
    /** English. */
    EN;

    /** Returns the language for an ISO 639-1 code such as {@code "da"} or {@code "en"}. */
    public static Language of(String code) {
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "da", "dansk", "danish" -> DA;
            case "en", "engelsk", "english" -> EN;
            default -> throw new IllegalArgumentException("Unknown language '" + code + "'; use da or en");
        };
    }
}
