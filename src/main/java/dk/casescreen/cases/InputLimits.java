package dk.casescreen.cases;

/**
 * Bounds that keep a hostile or broken file from using unbounded time or memory.
 *
 * @param maxFileBytes      the largest file accepted
 * @param maxCellChars      the longest cell (Excel's own limit is 32,767 characters)
 * @param maxColumns        the most columns in a row (Excel's own limit is 16,384)
 * @param maxRows           the most rows, blank ones included
 * @param maxInflatedBytes  the most bytes one zip entry of an Excel file may expand to
 * @param maxInflateRatio   the highest expansion ratio of a large zip entry before it counts as a zip bomb
 */
public record InputLimits(long maxFileBytes, int maxCellChars, int maxColumns, long maxRows, long maxInflatedBytes,
                          int maxInflateRatio) {

    /** The defaults: 2 GiB files, 32,767-character cells, 16,384 columns, 5 million rows, 1 GiB inflated, ratio 200. */
    public static final InputLimits DEFAULT =
            new InputLimits(2L << 30, 32_767, 16_384, 5_000_000, 1L << 30, 200);
}
