package dk.casescreen.reference;

import dk.casescreen.Text;

/** How precisely a published share is known. */
public enum FigureBound {
    /** Counted: the source gives the count and the denominator (e.g. "75 af 683"). */
    EXACT(new Text("", "")),
    /** Rounded by the source ("ca. 80 %", "2 ud af 3"). */
    ABOUT(new Text("ca. ", "about ")),
    /** Only a lower bound is published ("over halvdelen"). */
    OVER(new Text("over ", "over "));

    private final Text prefix;

    FigureBound(Text prefix) {
        this.prefix = prefix;
    }

    /** The words put before the share, e.g. "ca. " or "over ". */
    public Text prefix() {
        return prefix;
    }
}
