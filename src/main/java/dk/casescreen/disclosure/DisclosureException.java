package dk.casescreen.disclosure;

import dk.casescreen.Language;

/**
 * Thrown by {@link Suppression#protect} when no suppression pattern protects a small count, for instance
 * because the cells that would have to be hidden were required to stay shown. Names the table, row and column
 * and the interval a reader could work out; never any cases.
 */
public final class DisclosureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CellRef cell;
    private final double lower;
    private final double upper;

    DisclosureException(CellRef cell, double lower, double upper) {
        super(text(Language.DA, cell, lower, upper));
        this.cell = cell;
        this.lower = lower;
        this.upper = upper;
    }

    /** Returns the cell that cannot be protected. */
    public CellRef cell() {
        return cell;
    }

    /** Returns the table of the cell that cannot be protected. */
    public String table() {
        return cell.table();
    }

    /** Returns the lower limit a reader can work out. */
    public double lower() {
        return lower;
    }

    /** Returns the upper limit a reader can work out. */
    public double upper() {
        return upper;
    }

    /** Returns the message in Danish or English ({@link #getMessage()} is the Danish one). */
    public String message(Language lang) {
        return text(lang, cell, lower, upper);
    }

    private static String text(Language lang, CellRef cell, double lower, double upper) {
        String range = Texts.number(lower) + "–" + Texts.number(upper);
        return switch (lang) {
            case DA -> "Tabel '" + cell.table() + "' kan ikke beskyttes: cellen (" + cell.row() + ", "
                    + cell.column() + ") kan regnes ud til " + range;
            case EN -> "Table '" + cell.table() + "' cannot be protected: cell (" + cell.row() + ", "
                    + cell.column() + ") can be worked out as " + range;
        };
    }
}
