package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed workbook parts and JSON numbers out of range are located input errors: exit 2, one line naming
 * the file and the part or cell, in the user's language, with no exception name. The broken workbooks are
 * the {@code template} command's workbook with one part edited.
 */
class MalformedInputCommandTest {

    @TempDir
    Path dir;

    private Path template() {
        Path file = dir.resolve("skabelon.xlsx");
        CliRun made = CliRun.of("template", "--out", file.toString(), "--municipality", "Aarhus", "--cases", "5");
        assertEquals(ExitCodes.OK, made.exit(), made.err());
        return file;
    }

    /** The template with each named part passed through its edit (null: the part is left out). */
    private Path edited(String name, Map<String, UnaryOperator<String>> edits) throws IOException {
        Path broken = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(template()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (edits.containsKey(entry.getName())) {
                    String changed = edits.get(entry.getName()).apply(text);
                    assertFalse(changed != null && changed.equals(text), "the edit of " + entry.getName() + " changes it");
                    if (changed == null) {
                        continue;
                    }
                    text = changed;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return broken;
    }

    private static void assertLocatedInputError(CliRun run, String... located) {
        String all = run.out() + run.err();
        assertAll(
                () -> assertEquals(ExitCodes.UNREADABLE, run.exit(), all),
                () -> assertEquals(1, run.err().strip().lines().count(), () -> "one line: " + run.err()),
                () -> assertFalse(all.contains("Exception"), () -> "no exception name: " + all),
                () -> assertFalse(all.contains("java."), () -> "no class name: " + all),
                () -> assertFalse(all.contains("\tat "), () -> "no stack trace: " + all));
        for (String part : located) {
            assertTrue(run.err().contains(part), () -> "'" + part + "' in: " + run.err());
        }
    }

    @Test
    void sheetWithoutANameIsALocatedErrorNamingThePart() throws IOException {
        Path file = edited("uden-navn.xlsx", Map.of("xl/workbook.xml", x -> x.replaceFirst(" name=\"Vejledning\"", "")));
        CliRun run = CliRun.of("validate", file.toString());
        assertLocatedInputError(run, "uden-navn.xlsx", "xl/workbook.xml", "ark nr. 1 mangler sit navn");
    }

    @Test
    void sheetWithoutANameIsReportedInEnglish() throws IOException {
        Path file = edited("no-name.xlsx", Map.of("xl/workbook.xml", x -> x.replaceFirst(" name=\"Vejledning\"", "")));
        CliRun run = CliRun.of("validate", "--lang", "en", file.toString());
        assertLocatedInputError(run, "no-name.xlsx", "xl/workbook.xml", "sheet no. 1 has no name");
    }

    @Test
    void relationshipWithoutATargetIsALocatedErrorNamingThePart() throws IOException {
        Path file = edited("uden-maal.xlsx", Map.of("xl/_rels/workbook.xml.rels",
                x -> x.replaceFirst(" Target=\"worksheets/sheet2.xml\"", "")));
        CliRun run = CliRun.of("validate", "--lang", "en", file.toString());
        assertLocatedInputError(run, "uden-maal.xlsx", "xl/_rels/workbook.xml.rels", "a relationship has no target");
    }

    @Test
    void missingWorksheetPartIsALocatedErrorNamingThePart() throws IOException {
        Path file = edited("uden-ark.xlsx", Map.of("xl/worksheets/sheet2.xml", x -> null));
        CliRun run = CliRun.of("validate", file.toString());
        assertLocatedInputError(run, "uden-ark.xlsx", "xl/worksheets/sheet2.xml", "delen mangler");
    }

    @Test
    void xmlErrorInsideARowIsTranslatedAndNamesThatRow() throws IOException {
        Path file = edited("brudt.xlsx", Map.of("xl/worksheets/sheet2.xml", x -> x.replaceFirst("<row r=\"4\">", "<row r=\"4\"><x>")));
        CliRun da = CliRun.of("validate", file.toString());
        assertLocatedInputError(da, "brudt.xlsx", "Sager", "række 4", "et XML-element er ikke afsluttet korrekt");
        assertFalse(da.err().contains("end-tag"), () -> "the parser's English is not shown: " + da.err());
        CliRun en = CliRun.of("validate", "--lang", "en", file.toString());
        assertLocatedInputError(en, "brudt.xlsx", "Sager", "row 4", "an XML element is not closed properly");
    }

    @Test
    void invalidXmlCharacterInARowIsTranslatedAndNamesThatRow() throws IOException {
        Path file = edited("tegn.xlsx", Map.of("xl/worksheets/sheet2.xml", x -> x.replaceFirst("<row r=\"3\">", "<row r=\"3\">\u0001")));
        CliRun run = CliRun.of("validate", file.toString());
        assertLocatedInputError(run, "tegn.xlsx", "Sager", "række 3", "XML'en indeholder et ugyldigt tegn");
    }

    @Test
    void bytesThatAreNotUtf8InARowAreALocatedErrorNamingThatRowAndNothingElseIsPrinted() throws IOException {
        Path file = edited("bytes.xlsx", Map.of("xl/worksheets/sheet2.xml", x -> x.replaceFirst("<row r=\"5\">", "<row r=\"5\">\u0000")));
        // swap the NUL character written above for a UTF-8 lead byte without its continuation
        Path broken = dir.resolve("ikke-utf8.xlsx");
        Files.write(broken, notUtf8(file));
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new java.io.PrintStream(stray, true, StandardCharsets.UTF_8));
            run = CliRun.of("validate", broken.toString());
        } finally {
            System.setErr(systemErr);
        }
        assertLocatedInputError(run, "ikke-utf8.xlsx", "Sager", "række 5", "bytes, der ikke er UTF-8");
        assertEquals("", stray.toString(StandardCharsets.UTF_8), "the XML parser prints nothing past the command's output");
    }

    /** The workbook with its worksheet part rewritten so that the NUL character becomes the byte 0xC3 followed by '('. */
    private static byte[] notUtf8(Path file) throws IOException {
        java.io.ByteArrayOutputStream result = new java.io.ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file)); ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    java.io.ByteArrayOutputStream swapped = new java.io.ByteArrayOutputStream();
                    for (byte b : content) {
                        if (b == 0) {
                            swapped.write(0xC3);
                            swapped.write('(');
                        } else {
                            swapped.write(b);
                        }
                    }
                    content = swapped.toByteArray();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }

    @Test
    void truncatedWorksheetXmlNamesTheRowAfterTheLastWholeOne() throws IOException {
        Path file = edited("afkortet.xlsx", Map.of("xl/worksheets/sheet2.xml", x -> x.substring(0, x.indexOf("<row r=\"5\">"))));
        CliRun run = CliRun.of("validate", "--lang", "en", file.toString());
        assertLocatedInputError(run, "afkortet.xlsx", "Sager", "row 5", "the XML ends too early");
    }

    @Test
    void jsonNumberOutOfRangeIsALocatedErrorNamingTheCell() throws IOException {
        Path file = dir.resolve("sager.json");
        Files.writeString(file, "[{\"municipality\": \"Aarhus\", \"age\": 40}, {\"municipality\": \"Aarhus\", \"age\": 1e400}]");
        CliRun da = CliRun.of("validate", file.toString());
        assertLocatedInputError(da, "sager.json", "række 2", "kolonne age", "tallet er for stort");
        CliRun en = CliRun.of("validate", "--lang", "en", file.toString());
        assertLocatedInputError(en, "sager.json", "row 2", "column age", "the number is too large");
    }

    @Test
    void templateEditIsLoadableUnedited() throws IOException {
        Path file = edited("uredigeret.xlsx", Map.of());
        CliRun run = CliRun.of("validate", file.toString());
        assertTrue(run.exit() == ExitCodes.OK || run.exit() == ExitCodes.PROBLEMS, run.err());
    }

    /**
     * Found by the fuzz test: a DEL or C1 control character in a cell reached the JSON raw and the
     * command's edge escaped it as \xHH, which is no JSON escape, so the document no longer parsed.
     */
    @Test
    void aDeleteOrC1ControlCharacterInACellLeavesTheJsonOnStandardOutputValid() throws IOException {
        java.util.List<String> lines = Files.readAllLines(Path.of("examples/syntetisk-eksempel.csv"), StandardCharsets.UTF_8);
        String value = "Ja\u007f\u009b31m";
        lines.set(1, lines.get(1).replaceFirst(";Privat;", ";" + value + ";"));
        Path file = Files.write(dir.resolve("styrekoder.csv"), lines, StandardCharsets.UTF_8);

        CliRun json = CliRun.of("validate", "--json", "-", file.toString());
        CliRun text = CliRun.of("validate", "--lang", "en", file.toString());

        assertEquals(ExitCodes.PROBLEMS, json.exit(), json.err());
        tools.jackson.databind.JsonNode problems = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(json.out()).get("problems");
        assertTrue(java.util.stream.StreamSupport.stream(problems.spliterator(), false)
                .anyMatch(p -> value.equals(p.get("value").asString())), json.out());
        for (CliRun run : new CliRun[] {json, text}) {
            assertFalse((run.out() + run.err()).chars().anyMatch(c -> c >= 0x7f && c <= 0x9f), run.out());
        }
    }
}
