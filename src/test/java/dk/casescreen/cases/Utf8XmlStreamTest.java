package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UTF-8 check in front of the XML parser: valid parts pass byte for byte (also a character split
 * across the stream's buffer), the first byte that is not UTF-8 stops the part with its XML line, and
 * parts in another declared encoding pass unchecked.
 */
class Utf8XmlStreamTest {

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1000];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8190, 8191, 8192, 8193, 20_000})
    void aValidPartPassesUnchangedWhereverItsCharactersFall(int padding) throws IOException {
        byte[] part = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>" + "x".repeat(padding) + "æøå€𝄞\n</a>")
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(part, readAll(new Utf8XmlStream(new ByteArrayInputStream(part))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 8189, 9000})
    void theFirstByteThatIsNotUtf8StopsThePartWithItsLine(int padding) {
        byte[] head = ("<?xml version=\"1.0\"?>\n<a>\n" + "y".repeat(padding) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] part = new byte[head.length + 6];
        System.arraycopy(head, 0, part, 0, head.length);
        part[head.length] = (byte) 0xC3;
        part[head.length + 1] = '(';
        Utf8XmlStream.NotUtf8 e = assertThrows(Utf8XmlStream.NotUtf8.class,
                () -> readAll(new Utf8XmlStream(new ByteArrayInputStream(part))));
        assertEquals(4, e.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "windows-1252"})
    void aPartDeclaringAnotherEncodingPassesUnchecked(String encoding) throws IOException {
        byte[] part = ("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><a>æøå</a>").getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(part, readAll(new Utf8XmlStream(new ByteArrayInputStream(part))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void aUtf16PartPassesUnchecked(String encoding) throws IOException {
        byte[] part = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>æøå</a>".getBytes(java.nio.charset.Charset.forName(encoding));
        assertArrayEquals(part, readAll(new Utf8XmlStream(new ByteArrayInputStream(part))));
    }
}
