package dk.casescreen.analysis;

import dk.casescreen.Language;
import dk.casescreen.Text;

/**
 * A benchmark file that cannot be used: not a benchmark, of an unknown format version, changed after it was
 * written (the digest does not match), with counts that do not add up, or with fields the format does not
 * have. Names the file and what is wrong, in Danish and English; no partial benchmark is ever returned.
 */
public final class BenchmarkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final Text reason;

    /** Creates the exception for a file and a reason in both languages. */
    public BenchmarkException(String file, Text reason) {
        super(describe(Language.EN, file, reason));
        this.file = file;
        this.reason = reason;
    }

    /** The file's name. */
    public String file() {
        return file;
    }

    /** What is wrong, in both languages. */
    public Text reason() {
        return reason;
    }

    /** The message in the given language, naming the file. */
    public String describe(Language language) {
        return describe(language, file, reason);
    }

    private static String describe(Language language, String file, Text reason) {
        return language == Language.DA ? "Benchmarkfilen " + file + " kan ikke bruges: " + reason.da()
                : "The benchmark file " + file + " cannot be used: " + reason.en();
    }
}
