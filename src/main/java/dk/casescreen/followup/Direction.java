package dk.casescreen.followup;

import dk.casescreen.Text;
import java.util.Locale;

/** Which way a linked citizen's cost band moved between two rounds (by the sheet's order of the bands). */
public enum Direction {
    /** A higher cost band in the later round. */
    DEARER(new Text("dyrere", "dearer")),
    /** The same cost band. */
    SAME(new Text("samme", "same")),
    /** A lower cost band in the later round. */
    CHEAPER(new Text("billigere", "cheaper"));

    private final Text label;

    Direction(Text label) {
        this.label = label;
    }

    /** The code used in tables and JSON: {@code dearer}, {@code same} or {@code cheaper}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label in Danish and English. */
    public Text label() {
        return label;
    }

    /** The direction of a move from band position {@code from} to {@code to}. */
    public static Direction of(int from, int to) {
        return to > from ? DEARER : to < from ? CHEAPER : SAME;
    }
}
