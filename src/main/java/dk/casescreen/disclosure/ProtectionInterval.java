package dk.casescreen.disclosure;

/**
 * The values a suppressed cell can take given every shown cell (its protection interval, as in τ-ARGUS /
 * sdcTable, Hundepool et al. 2012, §4.3); {@code upper} is +∞ when some of its cases lie in no shown cell.
 *
 * @param cell  the suppressed cell
 * @param lower the smallest consistent value
 * @param upper the largest consistent value
 */
public record ProtectionInterval(CellRef cell, double lower, double upper) {

    /** Returns upper − lower. */
    public double width() {
        return upper - lower;
    }

    /** Returns true when the interval is narrower than {@code threshold}: the cell is disclosed. */
    public boolean leaks(int threshold) {
        return width() < threshold;
    }
}
