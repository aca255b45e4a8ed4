package dk.casescreen.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds legitimate and hostile case files for {@link HostileFilesTest}: workbooks written with POI,
 * minimal workbooks whose parts are written by hand (so that they can be malformed or huge while
 * streamed), and text and binary files. Public for the fuzz test ({@code dk.casescreen.fuzz}), which
 * replaces workbooks by some of these.
 */
public final class HostileFiles {

    /** The worksheet every workbook built here puts its cases in. */
    static final String SHEET = "Sager";

    /** A heading row naming fields by label, one question by Danish wording and one by number. */
    static final List<String> HEADINGS = List.of("Kommune", "Sag nr.", "Dato", "Køn", "2", "Bemærkning");

    /** Two valid cases under {@link #HEADINGS}: by municipality name and by municipality code. */
    static final List<List<String>> GOOD_ROWS = List.of(
            List.of("Aarhus", "A-1", "2024-03-01", "Mand", "34", ""),
            List.of("751", "A-2", "2024-03-02", "Kvinde", "41", ""));

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String SHEET_ENTRY = "xl/worksheets/sheet1.xml";

    /** Streams the XML of one workbook part. */
    @FunctionalInterface
    interface XmlBody {
        void write(Writer out) throws IOException;
    }

    private HostileFiles() {
    }

    // ---- legitimate workbooks, written with POI ----

    /** A workbook written by POI's XSSFWorkbook: {@link #HEADINGS} and {@link #GOOD_ROWS} on sheet {@value #SHEET}. */
    static byte[] poiWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            writePoiRow(sheet.createRow(0), HEADINGS);
            for (int r = 0; r < GOOD_ROWS.size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                writePoiRow(row, GOOD_ROWS.get(r));
                row.getCell(4).setCellValue(Double.parseDouble(GOOD_ROWS.get(r).get(4)));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A POI workbook whose first data row has the formula {@code =30+4} as its age (cell E2). */
    static Path formulaWorkbook(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            writePoiRow(sheet.createRow(0), HEADINGS);
            for (int r = 0; r < GOOD_ROWS.size(); r++) {
                writePoiRow(sheet.createRow(r + 1), GOOD_ROWS.get(r));
            }
            sheet.getRow(1).getCell(4).setCellFormula("30+4");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void writePoiRow(XSSFRow row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    // ---- minimal workbooks, written part by part ----

    /**
     * Writes a minimal one-sheet workbook: content types, relationships, workbook, a two-style
     * styles part, the given shared strings part (if not null) and a worksheet streamed by {@code sheet}.
     */
    static byte[] minimalWorkbook(String sharedStrings, XmlBody sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeMinimalWorkbook(bytes, sharedStrings, sheet);
        return bytes.toByteArray();
    }

    /** Like {@link #minimalWorkbook}, streamed straight to a file. */
    static Path minimalWorkbook(Path file, String sharedStrings, XmlBody sheet) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeMinimalWorkbook(out, sharedStrings, sheet);
        }
        return file;
    }

    private static void writeMinimalWorkbook(OutputStream target, String sharedStrings, XmlBody sheet)
            throws IOException {
        Map<String, XmlBody> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", text(XML_DECL
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/" + SHEET_ENTRY + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>"));
        parts.put("_rels/.rels", text(XML_DECL
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
        parts.put("xl/workbook.xml", text(XML_DECL
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<sheets><sheet name=\"" + SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", text(XML_DECL
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>"));
        parts.put("xl/styles.xml", text(XML_DECL
                + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"1\" borderId=\"0\" applyFill=\"1\"/></cellXfs>"
                + "</styleSheet>"));
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", text(sharedStrings));
        }
        parts.put(SHEET_ENTRY, sheet);

        ZipOutputStream zip = new ZipOutputStream(target);
        Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        for (Map.Entry<String, XmlBody> part : parts.entrySet()) {
            zip.putNextEntry(new ZipEntry(part.getKey()));
            part.getValue().write(out);
            out.flush();
            zip.closeEntry();
        }
        zip.finish();
    }

    private static XmlBody text(String xml) {
        return out -> out.write(xml);
    }

    /** A worksheet: the XML declaration and {@code <worksheet><sheetData>}, then {@code rows}, then the end tags. */
    static XmlBody worksheet(String prologue, XmlBody rows) {
        return out -> {
            out.write(XML_DECL);
            out.write(prologue);
            out.write("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>");
            rows.write(out);
            out.write("</sheetData></worksheet>");
        };
    }

    /** Writes {@link #HEADINGS} as row 1 and {@link #GOOD_ROWS} as rows 2 and 3. */
    static void writeGoodRows(Writer out) throws IOException {
        out.write(row(1, HEADINGS));
        for (int r = 0; r < GOOD_ROWS.size(); r++) {
            out.write(row(r + 2, GOOD_ROWS.get(r)));
        }
    }

    /** One row of inline-string cells; the texts go into the XML as they are, unescaped. */
    static String row(int number, List<String> cells) {
        StringBuilder s = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                s.append("<c r=\"").append(ColumnNames.letters(c)).append(number).append("\" t=\"inlineStr\"><is><t>")
                        .append(cells.get(c)).append("</t></is></c>");
            }
        }
        return s.append("</row>").toString();
    }

    /** A good worksheet followed by {@code emptyRows} empty rows that carry a style, as Excel writes formatted rows. */
    static Path emptyStyledRows(Path file, int emptyRows) throws IOException {
        return minimalWorkbook(file, null, worksheet("", out -> {
            writeGoodRows(out);
            int first = GOOD_ROWS.size() + 2;
            for (int r = first; r < first + emptyRows; r++) {
                out.write("<row r=\"");
                out.write(Integer.toString(r));
                out.write("\" s=\"1\" customFormat=\"1\"/>");
            }
        }));
    }

    /**
     * A worksheet with {@code prologue} (such as a DOCTYPE) before its root element and one good
     * case whose remark (cell F2) is {@code remarkXml}, written into the XML as it is.
     */
    static Path remarkWorkbook(Path file, String prologue, String remarkXml) throws IOException {
        return minimalWorkbook(file, null, worksheet(prologue, out -> {
            out.write(row(1, HEADINGS));
            out.write(row(2, List.of("Aarhus", "A-1", "2024-03-01", "Mand", "34", remarkXml)));
        }));
    }

    /** A good workbook whose shared strings part declares and uses the classic "billion laughs" entities. */
    public static Path billionLaughsInSharedStrings(Path file) throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        String sharedStrings = XML_DECL + doctype + "<sst xmlns=\"" + MAIN_NS + "\" count=\"2\" uniqueCount=\"2\">"
                + "<si><t>&lol9;</t></si><si><t>Aarhus</t></si></sst>";
        return minimalWorkbook(file, sharedStrings, worksheet("", out -> {
            out.write(row(1, HEADINGS));
            out.write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>0</v></c></row>");
        }));
    }

    // ---- zip bombs ----

    /**
     * A workbook whose worksheet is {@code padding} bytes of blank rows ({@code <row/>}) or of
     * white space between elements, deflated into a few hundred KiB.
     */
    public static byte[] zipBomb(long padding, boolean blankRows) throws IOException {
        char[] chars = (blankRows ? "<row/>".repeat(1024) : " ".repeat(6144)).toCharArray();
        return minimalWorkbook(null, worksheet("", out -> {
            out.write(row(1, HEADINGS));
            for (long written = 0; written < padding; written += chars.length) {
                out.write(chars);
            }
        }));
    }

    /**
     * The zip bomb with its central directory lying that the worksheet inflates to only
     * {@code declaredSize} bytes, so that only counting while inflating can catch it.
     */
    static byte[] lyingZipBomb(long padding, int declaredSize) throws IOException {
        byte[] zip = zipBomb(padding, false);
        byte[] name = SHEET_ENTRY.getBytes(StandardCharsets.US_ASCII);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (int32(zip, i) == 0x02014b50 && int16(zip, i + 28) == name.length
                    && Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                for (int b = 0; b < 4; b++) {
                    zip[i + 24 + b] = (byte) (declaredSize >>> (8 * b));
                }
                return zip;
            }
        }
        throw new IllegalStateException("no central directory entry for " + SHEET_ENTRY);
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    // ---- not workbooks at all ----

    /** The OLE2 compound file signature of an old .xls workbook, followed by junk. */
    public static byte[] ole2() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    /** Random bytes starting with a letter and holding NUL bytes, as a binary file has. */
    public static byte[] binaryGarbage() {
        byte[] bytes = new byte[8192];
        new Random(11).nextBytes(bytes);
        bytes[0] = 'K';
        for (int i = 100; i < bytes.length; i += 97) {
            bytes[i] = 0;
        }
        return bytes;
    }

    /** Writes {@code bytes} to {@code name} in {@code dir}. */
    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Writes {@code text} as UTF-8 to {@code name} in {@code dir}. */
    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
