package dk.casescreen.cases;

import dk.casescreen.Text;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a zip entry inflates to and stops a zip bomb: an entry that inflates past
 * the absolute limit, or past 100 MiB at an expansion ratio above the limit. An entry whose
 * size in the zip directory already says so is stopped before it is read.
 */
final class BoundedEntryStream extends FilterInputStream {

    private static final long RATIO_CHECK_FROM = 100L << 20;

    private final long compressedSize;
    private final InputLimits limits;
    private final Location where;
    private long inflated;

    BoundedEntryStream(InputStream in, long compressedSize, InputLimits limits, Location where) {
        super(in);
        this.compressedSize = Math.max(1, compressedSize);
        this.limits = limits;
        this.where = where;
    }

    /**
     * Refuses an entry whose declared size is a zip bomb's. Without this, a bomb of blank rows
     * would first be parsed up to the row limit and then be reported as a damaged file.
     */
    static void checkDeclaredSize(long declaredSize, long compressedSize, InputLimits limits, Location where) {
        if (declaredSize > 0 && isBomb(declaredSize, Math.max(1, compressedSize), limits)) {
            throw zipBomb(where);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        inflated += n;
        if (isBomb(inflated, compressedSize, limits)) {
            throw zipBomb(where);
        }
    }

    private static boolean isBomb(long inflated, long compressedSize, InputLimits limits) {
        boolean tooLarge = inflated > limits.maxInflatedBytes();
        return tooLarge || inflated > RATIO_CHECK_FROM && inflated / compressedSize > limits.maxInflateRatio();
    }

    private static CaseLoadException zipBomb(Location where) {
        return CaseLoadException.unreadable(where, new Text(
                "filen pakker sig ud til langt mere end den fylder (en såkaldt zip-bombe) og læses ikke",
                "the file expands to far more than its size (a so-called zip bomb) and is not read"));
    }
}
