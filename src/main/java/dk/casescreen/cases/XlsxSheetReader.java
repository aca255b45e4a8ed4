package dk.casescreen.cases;

import dk.casescreen.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Streams the rows of one worksheet of an .xlsx workbook as text. Numbers are written plainly
 * (whole numbers without decimals), date-formatted numbers as ISO dates (yyyy-mm-dd), booleans
 * as TRUE/FALSE; cells holding formulas are marked so that the caller can refuse them.
 */
final class XlsxSheetReader implements RowReader {

    private final XlsxWorkbook workbook;
    private final XlsxWorkbook.Xml xml;
    private final Location location;
    private long lastRow;
    private boolean ended;
    private boolean inRow;

    private XlsxSheetReader(XlsxWorkbook workbook, XlsxWorkbook.Xml xml, Location location) {
        this.workbook = workbook;
        this.xml = xml;
        this.location = location;
    }

    static XlsxSheetReader open(XlsxWorkbook workbook, XlsxWorkbook.Worksheet sheet) {
        Location where = new Location(workbook.fileName(), java.util.Optional.of(sheet.name()), 0, java.util.Optional.empty());
        try {
            return new XlsxSheetReader(workbook, workbook.xml(sheet.entry()), where);
        } catch (XMLStreamException e) {
            // the parser reads ahead: a small part's bad bytes may stop it before the first row is read
            if (e.getNestedException() instanceof Utf8XmlStream.NotUtf8 n && n.row() > 0) {
                throw notValid(where.atRow(n.row()), e);
            }
            throw WorkbookDamage.xml(where, sheet.entry(), e);
        } catch (IOException e) {
            throw XlsxWorkbook.damaged(where);
        }
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
            XMLStreamReader r = xml.reader;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
                    return readRow(r);
                }
            }
            ended = true;
            return null;
        } catch (XMLStreamException e) {
            ended = true;
            // inside a row the row being read is at fault; between rows, the next one
            long row = e.getNestedException() instanceof Utf8XmlStream.NotUtf8 n && n.row() > 0 ? n.row()
                    : inRow ? lastRow : lastRow + 1;
            throw notValid(location.atRow(row), e);
        }
    }

    private static CaseLoadException notValid(Location at, XMLStreamException e) {
        Text what = WorkbookDamage.translate(e);
        return CaseLoadException.unreadable(at, new Text(
                "arket er ikke gyldig Excel-XML: " + what.da() + "; gem det igen fra Excel",
                "the worksheet is not valid Excel XML: " + what.en() + "; save it again from Excel"));
    }

    private RawRow readRow(XMLStreamReader r) throws XMLStreamException {
        String rowAttribute = xml.attribute("r");
        long number = rowAttribute == null ? lastRow + 1 : parseLong(rowAttribute);
        if (number <= lastRow || number > workbook.limits().maxRows()) {
            throw XlsxWorkbook.damaged(location.atRow(number));
        }
        lastRow = number;
        inRow = true;
        List<String> cells = new ArrayList<>();
        BitSet formulas = new BitSet();
        BitSet numbers = new BitSet();
        int nextColumn = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
                String ref = xml.attribute("r");
                int column = ref == null ? nextColumn : ColumnNames.index(ref);
                if (column < 0 || column >= workbook.limits().maxColumns()) {
                    throw XlsxWorkbook.damaged(location.atRow(number));
                }
                Cell cell = readCell(r, number, column);
                while (cells.size() <= column) {
                    cells.add("");
                }
                cells.set(column, cell.text);
                if (cell.formula) {
                    formulas.set(column);
                }
                if (cell.number) {
                    numbers.set(column);
                }
                nextColumn = column + 1;
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                break;
            }
        }
        inRow = false;
        return new RawRow(number, cells.toArray(String[]::new), formulas, numbers);
    }

    private record Cell(String text, boolean formula, boolean number) {
    }

    private Cell readCell(XMLStreamReader r, long row, int column) throws XMLStreamException {
        String type = xml.attribute("t");
        String styleAttribute = xml.attribute("s");
        int style = styleAttribute == null ? 0 : (int) parseLong(styleAttribute);
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "f" -> {
                        formula = true;
                        r.getElementText();
                    }
                    case "v" -> value = bounded(r.getElementText(), row, column);
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        if (inline != null) {
                            inline.append(bounded(r.getElementText(), row, column));
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                break;
            }
        }
        boolean number = inline == null && value != null && (type == null || type.equals("n"))
                && !workbook.isDateStyle(style);
        return new Cell(text(type, style, value, inline, row, column), formula, number);
    }

    private String text(String type, int style, String value, StringBuilder inline, long row, int column) {
        if (inline != null) {
            return inline.toString();
        }
        if (value == null) {
            return "";
        }
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> {
                String shared = workbook.sharedString((int) parseLong(value));
                if (shared == null) {
                    throw XlsxWorkbook.damaged(location.atRow(row).atColumn(columnName(column)));
                }
                yield shared;
            }
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "n" -> number(value, style, row, column);
            default -> value;
        };
    }

    private String number(String value, int style, long row, int column) {
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw XlsxWorkbook.damaged(location.atRow(row).atColumn(columnName(column)));
        }
        if (workbook.isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(d, workbook.date1904());
            return dateTime.toLocalDate().toString();
        }
        BigDecimal exact = BigDecimal.valueOf(d).stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
    }

    private String bounded(String text, long row, int column) {
        if (text.length() > workbook.limits().maxCellChars()) {
            throw CaseLoadException.unreadable(location.atRow(row).atColumn(columnName(column)), new Text(
                    "cellen er længere end " + workbook.limits().maxCellChars() + " tegn",
                    "the cell is longer than " + workbook.limits().maxCellChars() + " characters"));
        }
        return text;
    }

    private long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw XlsxWorkbook.damaged(location);
        }
    }

    @Override
    public String columnName(int index) {
        return ColumnNames.letters(index);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
