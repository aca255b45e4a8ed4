package dk.casescreen.cases;

import dk.casescreen.Text;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file the way Danish Excel writes it and the way most other tools do: semicolon,
 * comma or tab separated (whichever the first line uses most), quoted fields with doubled quotes
 * and line breaks, UTF-8 with or without a byte-order mark, or Windows-1252 when the file is not
 * valid UTF-8. Binary files are refused before any row is read.
 */
final class CsvRowReader implements RowReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_CHARS = 1 << 20;

    private final Location location;
    private final InputLimits limits;
    private final BufferedReader in;
    private final char separator;
    private final Charset charset;
    private long rowNumber;
    private boolean ended;

    private CsvRowReader(Location location, InputLimits limits, BufferedReader in, char separator, Charset charset) {
        this.location = location;
        this.limits = limits;
        this.in = in;
        this.separator = separator;
        this.charset = charset;
    }

    /** Opens a CSV file, checking that it is text and finding its encoding and separator. */
    static CsvRowReader open(Path path, String name, InputLimits limits) {
        Location where = Location.ofFile(name);
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw CaseLoadException.unreadable(where, new Text(
                        "filen er større end grænsen på " + limits.maxFileBytes() + " bytes",
                        "the file is larger than the limit of " + limits.maxFileBytes() + " bytes"));
            }
            FileSniffer.requireText(path, where);
            boolean bom = FileSniffer.hasUtf8Bom(path);
            Charset charset = bom || isValidUtf8(path) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            if (bom) {
                raw.skipNBytes(3);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(raw, decoder(charset)), 1 << 16);
            char separator = detectSeparator(reader);
            return new CsvRowReader(where, limits, reader, separator, charset);
        } catch (IOException e) {
            throw CaseLoadException.unreadable(where, new Text(String.valueOf(e.getMessage()), String.valueOf(e.getMessage())));
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static boolean isValidUtf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, true);
            if (result.isError() || bytes.hasRemaining()) {
                return false;
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static char detectSeparator(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_CHARS + 1);
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0, c; i < SNIFF_CHARS && (c = reader.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        reader.reset();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The separator found in the first line. */
    char separator() {
        return separator;
    }

    /** The encoding found. */
    Charset charset() {
        return charset;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public RawRow next() {
        if (ended) {
            return null;
        }
        try {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            long row = rowNumber + 1;
            while (true) {
                int c = in.read();
                if (c < 0) {
                    ended = true;
                    if (!any && cells.isEmpty()) {
                        return null;
                    }
                    cells.add(cell.toString());
                    break;
                }
                any = true;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            append(cell, '"', row, cells.size());
                        } else {
                            quoted = false;
                            if (d >= 0) {
                                in.reset();
                            }
                        }
                    } else {
                        append(cell, (char) c, row, cells.size());
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    if (cells.size() > limits.maxColumns()) {
                        throw tooMany(row);
                    }
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    cells.add(cell.toString());
                    break;
                } else {
                    append(cell, (char) c, row, cells.size());
                }
            }
            rowNumber = row;
            if (rowNumber > limits.maxRows()) {
                throw CaseLoadException.unreadable(location.atRow(row), new Text(
                        "filen har flere end " + limits.maxRows() + " rækker", "the file has more than " + limits.maxRows() + " rows"));
            }
            return new RawRow(row, cells.toArray(String[]::new));
        } catch (IOException e) {
            throw CaseLoadException.unreadable(location, new Text(String.valueOf(e.getMessage()), String.valueOf(e.getMessage())));
        }
    }

    private void append(StringBuilder cell, char c, long row, int column) {
        if (cell.length() >= limits.maxCellChars()) {
            throw CaseLoadException.unreadable(location.atRow(row).atColumn(columnName(column)), new Text(
                    "cellen er længere end " + limits.maxCellChars() + " tegn (mangler der et afsluttende anførselstegn?)",
                    "the cell is longer than " + limits.maxCellChars() + " characters (is a closing quote missing?)"));
        }
        cell.append(c);
    }

    private CaseLoadException tooMany(long row) {
        return CaseLoadException.unreadable(location.atRow(row), new Text(
                "rækken har flere end " + limits.maxColumns() + " kolonner", "the row has more than " + limits.maxColumns() + " columns"));
    }

    @Override
    public String columnName(int index) {
        return Integer.toString(index + 1);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a file we only read cannot lose data
        }
    }
}
