package dk.casescreen.jupyter;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.report.NumberFormats;

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

    /** A share with its count and denominator: "12,3 % (84 af 683)". */
    String share(long count, long n) {
        return f.percent(n == 0 ? Double.NaN : (double) count / n) + " (" + f.integer(count) + t(" af ", " of ") + f.integer(n) + ")";
    }

    /** An odds ratio with its interval: "1,23 (0,98–1,54)". */
    String oddsRatio(double estimate, double low, double high) {
        return f.decimal(estimate, 2) + " (" + f.decimal(low, 2) + "–" + f.decimal(high, 2) + ")";
    }
}
