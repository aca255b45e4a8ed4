package dk.casescreen.chart;

/**
 * What a series is to the reader; the renderers choose its colour from a colour-blind-safe palette
 * (Okabe and Ito) by role, so the own cases look the same in the report, the deck and the workbook.
 */
public enum Role {
    /** The data the chart is about (the own cases): blue. */
    PRIMARY("#0072B2"),
    /** What it is compared with (the reference, the unexposed): orange. */
    COMPARISON("#E69F00"),
    /** Singled out (the own municipality among others): vermillion. */
    HIGHLIGHT("#D55E00"),
    /** Everything else of the same kind (other municipalities): grey. */
    CONTEXT("#8C8C8C"),
    /** Limits and averages drawn to read the data against: dark grey. */
    GUIDE("#4D4D4D"),
    /** A further series of a chart with many (a band in a stacked bar): sky blue. */
    EXTRA_1("#56B4E9"),
    /** A further series: bluish green. */
    EXTRA_2("#009E73"),
    /** A further series: reddish purple. */
    EXTRA_3("#CC79A7"),
    /** A further series: yellow. */
    EXTRA_4("#F0E442");

    private final String colour;

    Role(String colour) {
        this.colour = colour;
    }

    /** The colour as {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    /** The colour as red, green and blue bytes. */
    public byte[] rgb() {
        int v = Integer.parseInt(colour.substring(1), 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
