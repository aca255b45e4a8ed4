package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8CheckTest {

    @TempDir
    Path dir;

    private static boolean jdkSaysValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(20251124L);
        byte[] alphabet = {'a', ';', '"', '\n', (byte) 0xC3, (byte) 0xA6, (byte) 0xE2, (byte) 0x80, (byte) 0x93,
                (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0xC0,
                (byte) 0xF5, (byte) 0xBF, (byte) 0xE0, (byte) 0xF4, (byte) 0x90};
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            boolean valid = Utf8Check.check(bytes, bytes.length, true) == bytes.length;
            assertEquals(jdkSaysValid(bytes), valid, () -> java.util.HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void findsSequencesSplitAcrossBlocksAndAnInvalidByteFarIntoTheFile() throws Exception {
        byte[] text = "Ærø – ok 😀\n".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        Path good = Files.write(dir.resolve("good.csv"), text);
        assertEquals(true, Utf8Check.isValid(good));
        text[text.length - 5] = (byte) 0xFF;
        Path bad = Files.write(dir.resolve("bad.csv"), text);
        assertEquals(false, Utf8Check.isValid(bad));
        Path truncated = Files.write(dir.resolve("truncated.csv"), java.util.Arrays.copyOf(
                "abc æ".getBytes(StandardCharsets.UTF_8), 5));
        assertEquals(false, Utf8Check.isValid(truncated));
    }
}
