package dk.casescreen.cases;

import dk.casescreen.Language;

/**
 * Where the cases of a table come from. The origin travels with the data: a table made from
 * synthetic data says so, and every analysis, text, JSON file, report and notebook output built on
 * it takes its label from here, never from a caller's flag.
 */
public enum DataOrigin {
    /** Cases a municipality screened: real citizens. */
    OBSERVED,
    /** Synthetic cases (the built-in reference data or {@code casescreen synth}): no real citizens. */
    SYNTHETIC;

    /** The lowest municipality code of the fictional municipalities synthetic data use (no real code is above 860). */
    public static final int FIRST_FICTIONAL_CODE = 900;

    /** Whether the data are synthetic. */
    public boolean isSynthetic() {
        return this == SYNTHETIC;
    }

    /** The origin of a table holding the cases of both: synthetic when either is. */
    public DataOrigin with(DataOrigin other) {
        return isSynthetic() || other.isSynthetic() ? SYNTHETIC : OBSERVED;
    }

    /**
     * The origin a municipality code implies: the fictional municipalities of synthetic data have codes
     * from {@value #FIRST_FICTIONAL_CODE} up, which no Danish municipality has.
     */
    public static DataOrigin ofMunicipalityCode(String code) {
        try {
            return Integer.parseInt(code.strip()) >= FIRST_FICTIONAL_CODE ? SYNTHETIC : OBSERVED;
        } catch (NumberFormatException e) {
            return OBSERVED;
        }
    }

    /** The label that stands beside every number built on data of this origin: "SYNTETISK" or "SYNTHETIC"; empty when observed. */
    public String label(Language language) {
        return isSynthetic() ? (language == Language.DA ? "SYNTETISK" : "SYNTHETIC") : "";
    }
}
