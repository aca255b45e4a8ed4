package dk.casescreen.disclosure;

import dk.casescreen.Language;
import java.util.Locale;

/** Wording shared by this package's messages. */
final class Texts {

    private Texts() {
    }

    static String number(double x) {
        if (Double.isInfinite(x)) {
            return "∞";
        }
        if (Math.abs(x - Math.rint(x)) < 1e-6) {
            return Long.toString(Math.round(x));
        }
        return String.format(Locale.ROOT, "%.2f", x);
    }

    static String leak(Language lang, CellRef cell, double lower, double upper) {
        String range = number(lower) + "–" + number(upper);
        return switch (lang) {
            case DA -> "Tabel '" + cell.table() + "': cellen (" + cell.row() + ", " + cell.column()
                    + ") kan regnes ud til " + range;
            case EN -> "Table '" + cell.table() + "': cell (" + cell.row() + ", " + cell.column()
                    + ") can be worked out as " + range;
        };
    }
}
