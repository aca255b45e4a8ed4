package dk.casescreen.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether a file is valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF), reading it once in large blocks and skipping runs of ASCII eight bytes at a time.
 */
final class Utf8Check {

    private static final int BLOCK = 1 << 20;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private Utf8Check() {
    }

    /** Whether the whole file is valid UTF-8. */
    static boolean isValid(Path path) throws IOException {
        byte[] block = new byte[BLOCK + 4];
        int carried = 0;
        try (InputStream in = Files.newInputStream(path)) {
            while (true) {
                int n = in.readNBytes(block, carried, BLOCK);
                int length = carried + n;
                boolean last = n < BLOCK;
                int stop = check(block, length, last);
                if (stop < 0) {
                    return false;
                }
                if (last) {
                    return stop == length;
                }
                carried = length - stop;
                System.arraycopy(block, stop, block, 0, carried);
            }
        }
    }

    /**
     * Checks {@code bytes[0, length)}; returns where checking stopped (before an incomplete sequence
     * at the end, unless {@code last}), or -1 at an invalid sequence.
     */
    static int check(byte[] bytes, int length, boolean last) {
        int i = 0;
        while (i < length) {
            if (i + 8 <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return -1;
            }
            if (i + need >= length) {
                return last ? -1 : i;
            }
            int code = b & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return -1;
                }
                code = code << 6 | c & 0x3F;
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return -1;
            }
            i += need + 1;
        }
        return i;
    }
}
