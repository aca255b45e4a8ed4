package dk.casescreen.cases;

import dk.casescreen.Text;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a zip entry inflates to and stops a zip bomb: an entry that inflates past
 * the absolute limit, or past 100 MiB at an expansion ratio above the limit.
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
        boolean tooLarge = inflated > limits.maxInflatedBytes();
        boolean bomb = inflated > RATIO_CHECK_FROM && inflated / compressedSize > limits.maxInflateRatio();
        if (tooLarge || bomb) {
            throw CaseLoadException.unreadable(where, new Text(
                    "filen pakker sig ud til langt mere end den fylder (en såkaldt zip-bombe) og læses ikke",
                    "the file expands to far more than its size (a so-called zip bomb) and is not read"));
        }
    }
}
