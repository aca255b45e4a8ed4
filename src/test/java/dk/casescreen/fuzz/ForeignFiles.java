package dk.casescreen.fuzz;

import dk.casescreen.cases.HostileFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Files that replace a workbook altogether: the hostile files of {@link HostileFiles} and a few more that are no workbook. */
final class ForeignFiles {

    /** Every replacement, in the order the fuzz test cycles through them. */
    static final List<WorkbookDraft.Named> ALL = List.of(
            new WorkbookDraft.Named("old .xls (OLE2)", (d, rng) -> replace(d, HostileFiles.ole2(), "an old .xls file")),
            new WorkbookDraft.Named("binary garbage", (d, rng) -> replace(d, HostileFiles.binaryGarbage(), "binary garbage")),
            new WorkbookDraft.Named("empty file", (d, rng) -> replace(d, new byte[0], "an empty file")),
            new WorkbookDraft.Named("empty zip", (d, rng) -> replace(d, emptyZip(), "a zip file without parts")),
            new WorkbookDraft.Named("text named .xlsx", (d, rng) -> replace(d,
                    "Kommune;Sag nr.\nAarhus;A-1\n".getBytes(StandardCharsets.UTF_8), "a CSV text")),
            new WorkbookDraft.Named("billion laughs", (d, rng) -> replace(d, billionLaughs(), "billion laughs in the shared strings")));

    private ForeignFiles() {
    }

    private static void replace(WorkbookDraft d, byte[] bytes, String what) {
        d.bytes = bytes;
        d.step("replaced by " + what);
    }

    /** The end-of-central-directory record alone: a zip file without entries. */
    private static byte[] emptyZip() {
        byte[] zip = new byte[22];
        zip[0] = 0x50;
        zip[1] = 0x4b;
        zip[2] = 0x05;
        zip[3] = 0x06;
        return zip;
    }

    private static byte[] billionLaughs() throws IOException {
        Path file = Files.createTempFile("fuzz-laughs", ".xlsx");
        try {
            return Files.readAllBytes(HostileFiles.billionLaughsInSharedStrings(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
