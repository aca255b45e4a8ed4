package dk.casescreen.jupyter;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.cases.FictionalMunicipalities;
import dk.casescreen.NumberFormats;
import java.util.HashMap;
import java.util.Map;

/**
 * Words and numbers in the notebook's language.
 *
 * @param language the language
 * @param f        number formats for it
 */
record Labels(Language language, NumberFormats f) {

    Labels(Language language) {
        this(language, new NumberFormats(language));
    }

    /** The Danish or the English text. */
    String t(String da, String en) {
        return language == Language.DA ? da : en;
    }

    /** A bilingual text in this language. */
    String t(Text text) {
        return text.in(language);
    }

    /** The label on everything built on synthetic data. */
    String syntheticBanner() {
        return language == Language.DA ? ReferenceData.SYNTHETIC_LABEL_DA + " – ingen rigtige borgere"
                : ReferenceData.SYNTHETIC_LABEL_EN + " – no real citizens";
    }

    /** "SYNTETISK" or "SYNTHETIC" for synthetic data, empty for observed data. */
    String label(DataOrigin origin) {
        return origin.label(language);
    }

    /** " (SYNTETISK)" after a name, a header or a legend entry of synthetic numbers; empty for observed data. */
    String tag(DataOrigin origin) {
        return origin.isSynthetic() ? " (" + origin.label(language) + ")" : "";
    }

    /** "SYNTETISK: " before a sentence of synthetic numbers; empty for observed data. */
    String prefix(DataOrigin origin) {
        return origin.isSynthetic() ? origin.label(language) + ": " : "";
    }

    /** The names of the Danish and the fictional municipalities, by code. */
    private static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (Municipality m : Municipalities.danish().all()) {
            names.put(m.code(), m.name());
        }
        for (Municipality m : FictionalMunicipalities.first(99)) {
            names.putIfAbsent(m.code(), m.name());
        }
        return Map.copyOf(names);
    }

    /** A municipality's name for its code (the code itself when unknown). */
    String municipality(String code) {
        return code == null ? "" : NAMES.getOrDefault(code.strip(), code);
    }

    /** A scope as shown: a municipality's name for its code, anything else as it is. */
    String scope(String scope) {
        return scope.equals("all") ? t("alle sager", "all cases") : municipality(scope);
    }

    /** A share with its count and denominator: "12,3 % (84 af 683)". */
    String share(long count, long n) {
        return f.percent(n == 0 ? Double.NaN : (double) count / n) + " (" + f.integer(count) + t(" af ", " of ") + f.integer(n) + ")";
    }

    /** An odds ratio with its interval: "1,23 (0,98–1,54)". */
    String oddsRatio(double estimate, double low, double high) {
        return f.decimal(estimate, 2) + " (" + f.decimal(low, 2) + "–" + f.decimal(high, 2) + ")";
    }
}
