package dk.casescreen.cases;

import dk.casescreen.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * An .xlsx workbook opened for streaming reads: its worksheets, shared strings and which cell
 * styles are dates. Reads the zip and XML itself, with no document type declarations or external
 * entities allowed and every entry bounded, so that a hostile file fails fast in bounded memory.
 */
final class XlsxWorkbook implements AutoCloseable {

    /** A worksheet: its name, whether it is visible, and its entry in the zip. */
    record Worksheet(String name, boolean visible, String entry) {
    }

    private static final int MAX_SHARED_STRINGS = 5_000_000;
    private static final long MAX_SHARED_CHARS = 200_000_000L;

    private final ZipFile zip;
    private final String fileName;
    private final InputLimits limits;
    private final List<Worksheet> worksheets = new ArrayList<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final List<Boolean> dateStyles = new ArrayList<>();
    private boolean date1904;
    /** The part last opened, named in a message when its XML turns out to be malformed. */
    private String lastPart = "xl/workbook.xml";

    private XlsxWorkbook(ZipFile zip, String fileName, InputLimits limits) {
        this.zip = zip;
        this.fileName = fileName;
        this.limits = limits;
    }

    /** Opens a workbook, reading its structure but no worksheet yet. */
    static XlsxWorkbook open(Path path, String name, InputLimits limits) {
        Location where = Location.ofFile(name);
        try {
            switch (FileSniffer.kind(path)) {
                case OLE2 -> throw CaseLoadException.unreadable(where, new Text(
                        "filen er en gammel Excel-fil (.xls) eller beskyttet med adgangskode; gem den som .xlsx uden adgangskode",
                        "the file is an old Excel file (.xls) or password-protected; save it as .xlsx without a password"));
                case OTHER -> throw CaseLoadException.unreadable(where, new Text(
                        "filen er ikke en Excel-projektmappe (.xlsx), selv om den hedder sådan",
                        "the file is not an Excel workbook (.xlsx), although its name says so"));
                case ZIP -> {
                    // read on below
                }
            }
            if (java.nio.file.Files.size(path) > limits.maxFileBytes()) {
                throw CaseLoadException.unreadable(where, new Text("filen er for stor", "the file is too large"));
            }
            ZipFile zip = new ZipFile(path.toFile());
            XlsxWorkbook workbook = new XlsxWorkbook(zip, name, limits);
            try {
                workbook.readStructure();
            } catch (XMLStreamException e) {
                zip.close();
                throw WorkbookDamage.xml(where, workbook.lastPart, e);
            } catch (RuntimeException | IOException e) {
                zip.close();
                throw e;
            }
            return workbook;
        } catch (IOException e) {
            throw damaged(where);
        }
    }

    static CaseLoadException damaged(Location where) {
        return CaseLoadException.unreadable(where, new Text(
                "filen er beskadiget eller afkortet og kan ikke læses som en Excel-projektmappe; gem den igen fra Excel",
                "the file is damaged or truncated and cannot be read as an Excel workbook; save it again from Excel"));
    }

    private void readStructure() throws IOException, XMLStreamException {
        Map<String, String> relationships = new HashMap<>();
        String rels = "xl/_rels/workbook.xml.rels";
        try (Xml xml = xml(rels)) {
            while (xml.next("Relationship")) {
                String target = xml.attribute("Target");
                if (target == null || target.isBlank() || xml.attribute("Id") == null) {
                    throw WorkbookDamage.part(Location.ofFile(fileName), rels, new Text(
                            "en relation mangler sit mål eller sin id (Target, Id)", "a relationship has no target or no id (Target, Id)"));
                }
                String entry = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                relationships.put(xml.attribute("Id"), entry);
            }
        }
        try (Xml xml = xml("xl/workbook.xml")) {
            XMLStreamReader r = xml.reader;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    String local = r.getLocalName();
                    if (local.equals("workbookPr")) {
                        String v = xml.attribute("date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    } else if (local.equals("sheet")) {
                        String id = relationshipId(r);
                        String state = xml.attribute("state");
                        String entry = relationships.get(id);
                        String name = xml.attribute("name");
                        if (name == null || name.isBlank()) {
                            throw WorkbookDamage.part(Location.ofFile(fileName), "xl/workbook.xml", new Text(
                                    "ark nr. " + (worksheets.size() + 1) + " mangler sit navn", "sheet no. " + (worksheets.size() + 1) + " has no name"));
                        }
                        if (entry != null) {
                            worksheets.add(new Worksheet(name, state == null || state.equals("visible"), entry));
                        }
                    }
                }
            }
        }
        if (zip.getEntry("xl/sharedStrings.xml") != null) {
            readSharedStrings();
        }
        if (zip.getEntry("xl/styles.xml") != null) {
            readStyles();
        }
    }

    private static String relationshipId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals("id")) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private void readSharedStrings() throws IOException, XMLStreamException {
        try (Xml xml = xml("xl/sharedStrings.xml")) {
            XMLStreamReader r = xml.reader;
            StringBuilder current = null;
            boolean inPhonetic = false;
            long totalChars = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> current = new StringBuilder();
                        case "rPh" -> inPhonetic = true;
                        case "t" -> {
                            if (current != null && !inPhonetic) {
                                current.append(r.getElementText());
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("si") && current != null) {
                        totalChars += current.length();
                        if (current.length() > limits.maxCellChars() || sharedStrings.size() >= MAX_SHARED_STRINGS
                                || totalChars > MAX_SHARED_CHARS) {
                            throw CaseLoadException.unreadable(Location.ofFile(fileName), new Text(
                                    "projektmappens tekster er for mange eller for lange til et screeningsark",
                                    "the workbook's texts are too many or too long for a screening sheet"));
                        }
                        sharedStrings.add(current.toString());
                        current = null;
                    } else if (r.getLocalName().equals("rPh")) {
                        inPhonetic = false;
                    }
                }
            }
        }
    }

    private void readStyles() throws IOException, XMLStreamException {
        Map<Integer, String> customFormats = new HashMap<>();
        try (Xml xml = xml("xl/styles.xml")) {
            XMLStreamReader r = xml.reader;
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "numFmt" -> customFormats.put(Integer.parseInt(xml.attribute("numFmtId")), xml.attribute("formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = xml.attribute("numFmtId");
                                int format = id == null ? 0 : Integer.parseInt(id);
                                String code = customFormats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
                                dateStyles.add(code != null && DateUtil.isADateFormat(format, code));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } catch (NumberFormatException e) {
            throw WorkbookDamage.part(Location.ofFile(fileName), "xl/styles.xml", new Text(
                    "et talformat har et ugyldigt nummer (numFmtId)", "a number format has an invalid number (numFmtId)"));
        }
    }

    /** What a casescreen fill-in workbook says about itself, read from its very hidden info sheet. */
    java.util.Optional<TemplateInfo> templateInfo() {
        java.util.Optional<Worksheet> info = worksheets.stream().filter(w -> w.name().equals(TemplateInfo.SHEET_NAME)).findFirst();
        if (info.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        try (XlsxSheetReader reader = XlsxSheetReader.open(this, info.get())) {
            for (RawRow row = reader.next(); row != null && values.size() < 100; row = reader.next()) {
                values.put(row.cell(0).strip(), row.cell(1).strip());
            }
        }
        String id = values.get(TemplateInfo.SHEET_ID_KEY);
        String version = values.get(TemplateInfo.SHEET_VERSION_KEY);
        return id == null || version == null ? java.util.Optional.empty()
                : java.util.Optional.of(new TemplateInfo(id, version, values.getOrDefault(TemplateInfo.LANGUAGE_KEY, "")));
    }

    List<Worksheet> worksheets() {
        return worksheets;
    }

    String sharedString(int index) {
        return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : null;
    }

    boolean isDateStyle(int style) {
        return style >= 0 && style < dateStyles.size() && dateStyles.get(style);
    }

    boolean date1904() {
        return date1904;
    }

    String fileName() {
        return fileName;
    }

    InputLimits limits() {
        return limits;
    }

    /** Opens an entry of the workbook as a secure, bounded XML stream. */
    Xml xml(String entryName) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw WorkbookDamage.missingPart(Location.ofFile(fileName), entryName);
        }
        lastPart = entryName;
        BoundedEntryStream.checkDeclaredSize(entry.getSize(), entry.getCompressedSize(), limits, Location.ofFile(fileName));
        InputStream in = new Utf8XmlStream(new BoundedEntryStream(zip.getInputStream(entry), entry.getCompressedSize(), limits,
                Location.ofFile(fileName)));
        return new Xml(in, new NoEntityXmlReader(SECURE_XML.createXMLStreamReader(in), Location.ofFile(fileName),
                limits.maxCellChars()));
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // a file opened for reading only
        }
    }

    private static final XMLInputFactory SECURE_XML = secureFactory();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** An open XML stream over one zip entry. */
    static final class Xml implements AutoCloseable {
        private final InputStream in;
        final XMLStreamReader reader;

        Xml(InputStream in, XMLStreamReader reader) {
            this.in = in;
            this.reader = reader;
        }

        /** Advances to the next start element with the given local name; false at the end. */
        boolean next(String localName) throws XMLStreamException {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(localName)) {
                    return true;
                }
            }
            return false;
        }

        /** The value of an attribute of the current element, by local name, or null. */
        String attribute(String localName) {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                if (reader.getAttributeLocalName(i).equals(localName)) {
                    return reader.getAttributeValue(i);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the stream is closed below
            }
            in.close();
        }
    }
}
