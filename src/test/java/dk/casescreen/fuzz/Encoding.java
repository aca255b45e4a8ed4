package dk.casescreen.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An encoding a text file may arrive in: UTF-8 with or without a byte order mark, Latin-1,
 * Windows-1252, UTF-16 little and big endian with and without one.
 *
 * @param name      the name shown in a mutant's description
 * @param charset   the character set
 * @param byteOrder the byte order mark written first (empty for none)
 */
record Encoding(String name, Charset charset, byte[] byteOrder) {

    /** UTF-8 without a byte order mark, the seeds' own. */
    static final Encoding UTF_8 = new Encoding("UTF-8", StandardCharsets.UTF_8, new byte[0]);

    /** Every encoding but plain UTF-8. */
    static final List<Encoding> OTHERS = List.of(
            new Encoding("UTF-8 with BOM", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
            new Encoding("ISO-8859-1", StandardCharsets.ISO_8859_1, new byte[0]),
            new Encoding("windows-1252", Charset.forName("windows-1252"), new byte[0]),
            new Encoding("UTF-16LE", StandardCharsets.UTF_16LE, new byte[0]),
            new Encoding("UTF-16LE with BOM", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
            new Encoding("UTF-16BE", StandardCharsets.UTF_16BE, new byte[0]),
            new Encoding("UTF-16BE with BOM", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}));

    /** The text in this encoding, after the byte order mark; characters it cannot hold become '?'. */
    byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(byteOrder);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
