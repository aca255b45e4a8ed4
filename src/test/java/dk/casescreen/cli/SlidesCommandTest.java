package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casescreen slides}: what it writes, when it replaces a file, and what it says when it cannot write. */
class SlidesCommandTest {

    private static final String EXAMPLE = Path.of("examples", "syntetisk-eksempel.csv").toString();

    private static CliRun slides(Path out, String... extra) {
        String[] args = Stream.concat(Stream.of("slides", "--municipality", "Ågerup (fiktiv)", "--out", out.toString()),
                Stream.concat(Stream.of(extra), Stream.of(EXAMPLE))).toArray(String[]::new);
        return CliRun.of(args);
    }

    private static List<String> titles(Path pptx) throws Exception {
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            return show.getSlides().stream().map(SlidesCommandTest::title).toList();
        }
    }

    private static String title(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(s -> ((XSLFTextShape) s).getText()).findFirst().orElse("");
    }

    @Test
    void writesAnEnglishSharedDeckAndReplacesItOnlyWithForce(@TempDir Path dir) throws Exception {
        Path deck = dir.resolve("deck.pptx");
        CliRun first = slides(deck, "--lang", "en", "--shared");
        assertEquals(0, first.exit(), first.err());
        assertEquals(deck.toString(), first.out().strip());
        List<String> titles = titles(deck);
        assertTrue(titles.containsAll(List.of("Especially expensive cases", "Summary", "Why did they become expensive?", "What can be done?",
                "Method", "Data quality")), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Who are they?")), titles.toString());
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(deck))) {
            String firstSlide = show.getSlides().getFirst().getShapes().stream().filter(XSLFTextShape.class::isInstance)
                    .map(s -> ((XSLFTextShape) s).getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(firstSlide.contains("Shared edition") && firstSlide.contains("SYNTHETIC DATA"), firstSlide);
        }
        Files.writeString(deck, "kept");
        CliRun again = slides(deck, "--lang", "en");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains(deck.toString()) && again.err().contains("--force"), again.err());
        assertEquals("kept", Files.readString(deck), "the existing file is left as it was");
        CliRun forced = slides(deck, "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(titles(deck).contains("Hvad kan der gøres?"), "replaced with --force, in Danish by default");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial file is left beside the deck");
        }
    }

    @Test
    void aMissingFolderIsAnInputErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        CliRun r = slides(missing.resolve("deck.pptx"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(missing.toString()), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFolderThatCannotBeWrittenIsAnInputErrorNamingIt(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "this user may write anywhere (root)");
            CliRun r = slides(locked.resolve("deck.pptx"));
            assertEquals(2, r.exit());
            assertTrue(r.err().contains(locked.toString()), r.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutputThatIsAFolderIsAnInputError(@TempDir Path dir) {
        CliRun r = slides(dir);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(dir.toString()), r.err());
    }
}
