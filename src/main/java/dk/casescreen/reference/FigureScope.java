package dk.casescreen.reference;

import dk.casescreen.Text;

/** Whose cases a reference figure describes. */
public enum FigureScope {
    /** All municipalities of the 2022 screening (47 municipalities, 683 cases). */
    NATIONAL(new Text("landsplan", "national")),
    /** Region Midtjylland's municipalities only; never to be read as a national figure. */
    REGION_MIDTJYLLAND(new Text("kun Region Midtjylland", "Region Midtjylland only")),
    /** The pooled cases of the municipalities in a benchmark or in the data analysed. */
    POOLED(new Text("samlet for kommunerne", "pooled over the municipalities"));

    private final Text text;

    FigureScope(Text text) {
        this.text = text;
    }

    /** The scope in words, e.g. "kun Region Midtjylland". */
    public Text text() {
        return text;
    }
}
