package dk.casescreen;

import java.util.Objects;

/**
 * A piece of text in Danish and English.
 *
 * @param da the Danish text
 * @param en the English text
 */
public record Text(String da, String en) {

    /** Creates a text; both languages are required. */
    public Text {
        Objects.requireNonNull(da, "da");
        Objects.requireNonNull(en, "en");
    }

    /** Returns the text in the given language. */
    public String in(Language language) {
        return language == Language.DA ? da : en;
    }
}
