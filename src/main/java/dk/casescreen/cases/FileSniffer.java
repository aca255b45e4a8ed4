package dk.casescreen.cases;

import dk.casescreen.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Looks at a file's first bytes to tell what it really is, whatever its name says. */
final class FileSniffer {

    private static final int SAMPLE = 1 << 16;

    private FileSniffer() {
    }

    /** What a file's first bytes say it is. */
    enum Kind {
        /** A zip archive, such as an .xlsx workbook. */
        ZIP,
        /** An OLE2 compound file: an old .xls workbook or an encrypted .xlsx. */
        OLE2,
        /** Anything else. */
        OTHER
    }

    static Kind kind(Path path) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.ZIP;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return Kind.OLE2;
        }
        return Kind.OTHER;
    }

    static boolean hasUtf8Bom(Path path) throws IOException {
        byte[] head = new byte[3];
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(head, 0, 3) == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
        }
    }

    /**
     * Refuses a file that is not text: a workbook or zip named as text, or any file with NUL
     * bytes or many control characters in its first 64 KiB.
     */
    static void requireText(Path path, Location where) throws IOException {
        Kind kind = kind(path);
        if (kind == Kind.ZIP) {
            throw CaseLoadException.unreadable(where, new Text(
                    "filen er en Excel-projektmappe eller et zip-arkiv, ikke en CSV-fil; giv den endelsen .xlsx",
                    "the file is an Excel workbook or zip archive, not a CSV file; give it the .xlsx extension"));
        }
        if (kind == Kind.OLE2) {
            throw CaseLoadException.unreadable(where, new Text(
                    "filen er en gammel Excel-fil (.xls), ikke en CSV-fil; gem den som .xlsx eller CSV",
                    "the file is an old Excel file (.xls), not a CSV file; save it as .xlsx or CSV"));
        }
        byte[] sample;
        try (InputStream in = Files.newInputStream(path)) {
            sample = in.readNBytes(SAMPLE);
        }
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xFF;
            if (c == 0) {
                throw notText(where);
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 0 && control * 100 > sample.length) {
            throw notText(where);
        }
        // NUL bytes beyond the sample are caught while parsing by the cell limits and answer checks.
    }

    private static CaseLoadException notText(Location where) {
        return CaseLoadException.unreadable(where, new Text(
                "filen er ikke en tekstfil (den indeholder binære data); er det den rigtige fil?",
                "the file is not a text file (it holds binary data); is it the right file?"));
    }
}
