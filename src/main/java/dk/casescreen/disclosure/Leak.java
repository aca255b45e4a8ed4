package dk.casescreen.disclosure;

/**
 * A sensitive cell whose protection interval is narrower than the threshold (Hundepool et al. 2012, §4.3):
 * a reader can work out that its count lies between {@code lower} and {@code upper}.
 *
 * @param cell  the disclosed cell
 * @param lower the smallest value consistent with the shown cells
 * @param upper the largest value consistent with the shown cells
 */
public record Leak(CellRef cell, double lower, double upper) {

    /** Returns "'table' (row, column): lower–upper", naming no cases. */
    @Override
    public String toString() {
        return cell + ": " + Texts.number(lower) + "–" + Texts.number(upper);
    }
}
