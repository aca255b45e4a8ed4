package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.casescreen.Language;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Type;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tables export: the demo data (the built-in synthetic reference, one fictional municipality, internal
 * edition) and crafted data with many small counts (seven municipalities, 84 cases, two of them in a shared
 * edition) written as a workbook and as CSV, read back, and held against the report's suppression plan and
 * its HTML.
 */
class TableExportTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SHOWN = Pattern.compile("data-cell=\"([^\"]*)\" data-count=\"(\\d+)\"(?: data-n=\"(\\d+)\" data-n-cell=\"([^\"]*)\")?");
    private static final Pattern HIDDEN = Pattern.compile("data-cell=\"([^\"]*)\" data-status=\"(primary|secondary)\"");

    @TempDir
    static Path dir;
    private static ReportDocument demo;
    private static TableExport demoExport;
    private static byte[] demoWorkbook;
    private static ReportDocument shared;
    private static TableExport sharedExport;
    private static byte[] sharedWorkbook;

    @BeforeAll
    static void export() throws IOException {
        ReferenceData reference = ReferenceData.builtIn();
        Map<String, Long> counts = reference.cases().records().stream().collect(Collectors.groupingBy(CaseRecord::municipalityCode, Collectors.counting()));
        String own = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .findFirst().orElseThrow().getKey();
        demo = ReportDocument.prepare(ReportBuilder.build(reference.cases(), reference.load().report(), List.of(own), "Demo",
                AnalysisOptions.defaults(SHEET).withPopulations(reference.populations()), Disclosure.internal(), Language.DA));
        demoExport = TableExport.of(demo);
        demoWorkbook = workbook(demoExport);
        SyntheticDataSet data = new SyntheticGenerator(SHEET).generate(new SyntheticOptions(31, 84, 7, 0, List.of()));
        LoadResult loaded = Cases.csv(SyntheticFiles.write(data, SHEET, dir.resolve("crafted"))).municipalities(data.municipalities()).load();
        shared = ReportDocument.prepare(ReportBuilder.build(loaded.cases(), loaded.report(), List.of("901", "902"), "Ågerup, Bakkelund",
                AnalysisOptions.defaults(SHEET).withPopulations(data.populations()), Disclosure.shared(5), Language.DA));
        sharedExport = TableExport.of(shared);
        sharedWorkbook = workbook(sharedExport);
    }

    private static byte[] workbook(TableExport export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeWorkbook(out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] workbook) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(workbook));
    }

    private static String id(CellRef c) {
        return c.table() + " | " + c.row() + " | " + c.column();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void theWorkbookHasAnAboutSheetThenOneSheetPerTableEachMarkedSynthetic() throws IOException {
        try (XSSFWorkbook wb = read(demoWorkbook)) {
            assertEquals(1 + ExportTables.DEFINITIONS.size() + 1, wb.getNumberOfSheets(), "about, the tables, the charts");
            assertEquals("Diagrammer (SYNTETISK)", wb.getSheetName(wb.getNumberOfSheets() - 1));
            assertEquals("Om tabellerne (SYNTETISK)", wb.getSheetName(0));
            assertTrue(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().startsWith("Særligt dyre enkeltsager: Demo"));
            assertTrue(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue().startsWith("SYNTETISKE DATA"));
            for (int i = 0; i < ExportTables.DEFINITIONS.size(); i++) {
                TidyTable.Definition d = ExportTables.DEFINITIONS.get(i);
                assertEquals(d.sheet().da() + " (SYNTETISK)", wb.getSheetName(i + 1), d.id());
            }
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertTrue(names.containsAll(List.of("Profil (SYNTETISK)", "Hypoteser (SYNTETISK)", "Handlemuligheder (SYNTETISK)", "Tragt (SYNTETISK)")),
                    names.toString());
        }
        TidyTable hypotheses = table(demoExport, HypothesisExport.HYPOTHESES);
        assertEquals(where(hypotheses, "group", "own").size(), where(hypotheses, "group", "reference").size(),
                "the synthetic reference's verdicts beside the synthetic own cases'");
    }

    @Test
    void theChartSheetHoldsEveryChartOfTheReportAsANativeChartWithItsNumbers() throws IOException {
        for (ReportDocument doc : List.of(demo, shared)) {
            ReportContext ctx = doc.context();
            List<dk.casescreen.chart.Chart> expected = new ArrayList<>(WhoSection.charts(doc.input(), ctx));
            CostCells.Numbers cost = CostCells.of(doc.input(), ctx);
            CostCharts.lorenz(ctx, cost).ifPresent(expected::add);
            CostCharts.perMunicipality(ctx, cost).ifPresent(expected::add);
            doc.input().own().hypotheses().forEach(h -> expected.add(WhySection.chart(ctx, h)));
            VariationSection.chart(doc.input(), ctx).ifPresent(expected::add);
            assertEquals(doc.html().split("<figure class=\"chart\"", -1).length - 1, expected.size(), "as many charts as the report draws");
            try (XSSFWorkbook wb = read(workbook(TableExport.of(doc)))) {
                var charts = wb.getSheetAt(wb.getNumberOfSheets() - 1).getDrawingPatriarch().getCharts();
                assertEquals(expected.size(), charts.size());
                int hidden = 0;
                for (int c = 0; c < charts.size(); c++) {
                    dk.casescreen.chart.Chart model = expected.get(c);
                    var xchart = charts.stream().filter(x -> x.getTitleText() != null
                            && x.getTitleText().getString().startsWith(model.title())).findFirst()
                            .orElseThrow(() -> new AssertionError("no chart titled " + model.title()));
                    dk.casescreen.chart.OfficeChartsTest.assertMatches(model, xchart);
                    hidden += (int) model.series().stream().flatMap(x -> x.data().stream()).filter(d -> !d.shown()).count();
                }
                if (doc == shared) {
                    assertTrue(hidden > 0, "the shared edition's charts hide values");
                }
            }
        }
    }

    @Test
    void everyTableSheetHasFrozenFilterableHeadingsAndNumbersStoredAsNumbersInDanishFormats() throws IOException {
        try (XSSFWorkbook wb = read(demoWorkbook)) {
            for (TidyTable t : demoExport.tables()) {
                XSSFSheet sheet = wb.getSheet(t.sheetName());
                List<Column> columns = t.definition().columns();
                assertEquals(columns.stream().map(c -> c.title().da()).toList(), ExportFiles.headings(sheet, 0, columns.size()), t.toString());
                assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(), t + " headings frozen");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), t + " frozen below the heading row");
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), t + " filter on the headings");
                int numbers = 0;
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    for (int c = 0; c < columns.size(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null || cell.getCellType() == CellType.BLANK) {
                            continue;
                        }
                        Type type = columns.get(c).type();
                        String where = t + " " + cell.getAddress();
                        switch (type) {
                            case INTEGER, NUMBER, SHARE -> {
                                assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                                String format = cell.getCellStyle().getDataFormatString();
                                assertTrue(format.startsWith("[$-406]"), where + ": " + format);
                                if (type == Type.SHARE) {
                                    assertTrue(format.endsWith("0.0 %"), where + ": " + format);
                                }
                                if (type == Type.INTEGER) {
                                    assertEquals("[$-406]#,##0", format, where);
                                }
                                numbers++;
                            }
                            case BOOLEAN -> assertEquals(CellType.BOOLEAN, cell.getCellType(), where);
                            default -> assertEquals(CellType.STRING, cell.getCellType(), where);
                        }
                    }
                }
                assertTrue(t.rows().isEmpty() || numbers > 0 || t.definition() == OpportunityExport.CASES, t + " has numbers");
            }
        }
    }

    @Test
    void theWorkbookHoldsExactlyTheTablesAndTheDataDictionary() throws IOException {
        for (byte[] bytes : List.of(demoWorkbook, sharedWorkbook)) {
            TableExport export = bytes == demoWorkbook ? demoExport : sharedExport;
            try (XSSFWorkbook wb = read(bytes)) {
                for (TidyTable t : export.tables()) {
                    XSSFSheet sheet = wb.getSheet(t.sheetName());
                    assertEquals(ExportFiles.plain(t), ExportFiles.rows(sheet, 0, t.definition().columns().size()), t.toString());
                }
                XSSFSheet about = wb.getSheetAt(0);
                int heading = -1;
                for (int r = 0; r <= about.getLastRowNum() && heading < 0; r++) {
                    if (about.getRow(r) != null && "Tabel (CSV-fil)".equals(ExportFiles.value(about.getRow(r).getCell(0)))) {
                        heading = r;
                    }
                }
                assertTrue(heading > 0, "the data dictionary on the about sheet");
                assertEquals(ExportFiles.plain(export.columns()), ExportFiles.rows(about, heading, ExportTables.COLUMNS.columns().size()));
                Set<String> documented = export.columns().rows().stream().map(r -> r.values().get(0) + "." + r.values().get(2)).collect(Collectors.toSet());
                for (TidyTable t : export.tables()) {
                    t.definition().columns().forEach(c -> assertTrue(documented.contains(t.definition().id() + "." + c.id()), c.id()));
                }
            }
        }
    }

    /** Every count of the export, by the report's cell it shows. */
    private static Map<String, Object[]> exportedCounts(TableExport export) {
        Map<String, Object[]> counts = new HashMap<>();
        for (TidyTable t : export.tables()) {
            List<Column> columns = t.definition().columns();
            for (TidyTable.Row r : t.rows()) {
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).type() == Type.INTEGER && !r.sources().get(c).isEmpty()) {
                        CellRef ref = r.sources().get(c).getFirst();
                        Object value = r.values().get(c);
                        Object status = r.values().get(t.definition().index(columns.get(c).id() + "_status"));
                        Object[] before = counts.put(id(ref), new Object[] {value, status, ref});
                        assertTrue(before == null || (java.util.Objects.equals(before[0], value) && before[1].equals(status)), id(ref));
                    }
                }
            }
        }
        return counts;
    }

    @Test
    void everyCountIsTheCountTheReportShowsAndASuppressedCountIsAnEmptyCellWithItsStatus() {
        for (ReportDocument doc : List.of(demo, shared)) {
            TableExport export = doc == demo ? demoExport : sharedExport;
            Map<String, Object[]> exported = exportedCounts(export);
            for (Object[] e : exported.values()) {
                CellRef ref = (CellRef) e[2];
                CellStatus status = doc.plan().status(ref);
                assertEquals(TidyTable.Status.of(status).code(), e[1], id(ref));
                if (status == CellStatus.SHOWN) {
                    assertEquals((long) ref.count(), e[0], id(ref));
                } else {
                    assertNull(e[0], "a suppressed count in the export: " + id(ref));
                }
            }
            String html = doc.html();
            Matcher shown = SHOWN.matcher(html);
            int checked = 0;
            while (shown.find()) {
                Object[] e = exported.get(unescape(shown.group(1)));
                assertTrue(e != null, "a count of the report missing in the export: " + shown.group(1));
                assertEquals(Long.parseLong(shown.group(2)), e[0], shown.group(1));
                checked++;
            }
            Matcher hidden = HIDDEN.matcher(html);
            while (hidden.find()) {
                Object[] e = exported.get(unescape(hidden.group(1)));
                assertTrue(e != null, "a suppressed count of the report missing in the export: " + hidden.group(1));
                assertNull(e[0]);
                assertEquals("suppressed_" + hidden.group(2), e[1], hidden.group(1));
                checked++;
            }
            assertTrue(checked > 100, "only " + checked + " counts of the HTML compared");
        }
    }

    @Test
    void theSharedExportSuppressesExactlyTheCellsTheSharedReportSuppresses() throws IOException {
        Map<String, Object[]> exported = exportedCounts(sharedExport);
        Set<String> suppressedInExport = exported.entrySet().stream().filter(e -> ((String) e.getValue()[1]).startsWith("suppressed_"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> suppressedInReport = new HashSet<>();
        shared.plan().primary().forEach(c -> suppressedInReport.add(id(c)));
        shared.plan().secondary().forEach(c -> suppressedInReport.add(id(c)));
        assertTrue(shared.plan().primary().size() >= 30 && !shared.plan().secondary().isEmpty(), "the crafted data must suppress much");
        Set<String> leftOut = new HashSet<>(suppressedInReport);
        leftOut.removeAll(suppressedInExport);
        Set<String> names = new HashSet<>();
        for (String cell : leftOut) {
            assertTrue(cell.startsWith("Variation: screenede sager pr. kommune | "), "a suppressed cell missing in the export: " + cell);
            names.add(cell.split(" \\| ")[1]);
        }
        for (CellRef c : shared.publication().cells()) {
            if (!exported.containsKey(id(c))) {
                assertTrue(leftOut.contains(id(c)), "a published count missing in the export: " + id(c));
            }
        }
        assertEquals(suppressedInReport.size() - leftOut.size(), suppressedInExport.size());
        assertTrue(suppressedInReport.containsAll(suppressedInExport));
        String html = shared.html();
        try (XSSFWorkbook wb = read(sharedWorkbook)) {
            XSSFSheet funnel = wb.getSheet(FunnelExport.FUNNEL.sheet().da() + " (SYNTETISK)");
            for (List<Object> row : ExportFiles.rows(funnel, 0, FunnelExport.FUNNEL.columns().size())) {
                assertFalse(names.contains(row.get(1)), "the report leaves out " + row.get(1) + ", the export too");
            }
        }
        for (String name : names) {
            assertFalse(html.contains("data-cell=\"Variation: screenede sager pr. kommune | " + name), name);
        }
    }

    @Test
    void noNumberOfTheSharedWorkbookRestsOnASuppressedCount() {
        int numbers = 0;
        for (TidyTable t : sharedExport.tables()) {
            for (TidyTable.Row r : t.rows()) {
                for (int c = 0; c < r.values().size(); c++) {
                    Object v = r.values().get(c);
                    if (v instanceof Number || v instanceof TidyTable.Decimal) {
                        for (CellRef ref : r.sources().get(c)) {
                            assertEquals(CellStatus.SHOWN, shared.plan().status(ref), t + " column " + t.definition().columns().get(c).id()
                                    + " rests on the suppressed " + id(ref));
                        }
                        numbers++;
                    }
                }
            }
        }
        assertTrue(numbers > 500, numbers + " numbers");
    }

    /** Rows of a table with the given value in a column. */
    private static List<TidyTable.Row> where(TidyTable t, String column, Object value) {
        int i = t.definition().index(column);
        return t.rows().stream().filter(r -> java.util.Objects.equals(r.values().get(i), value)).toList();
    }

    private static Object get(TidyTable t, TidyTable.Row r, String column) {
        return r.values().get(t.definition().index(column));
    }

    private static TidyTable table(TableExport export, TidyTable.Definition d) {
        return export.tables().stream().filter(t -> t.definition() == d).findFirst().orElseThrow();
    }

    /**
     * A small count hidden as the only unknown part of a shown total could be worked out by subtraction. (A
     * secondary suppression may be the only hidden part: the report hides it as well, and the audit has checked
     * that no small count can be narrowed down even so.)
     */
    @Test
    void noSmallCountCanBeWorkedOutFromATotalOnThisOrAnotherSheet() {
        TidyTable profile = table(sharedExport, ProfileExport.PROFILE);
        TidyTable questions = table(sharedExport, ProfileExport.QUESTIONS);
        TidyTable bands = table(sharedExport, HypothesisExport.BANDS);
        TidyTable keyFigures = table(sharedExport, SummaryExport.KEY_FIGURES);
        int totals = 0;
        Map<String, List<TidyTable.Row>> byQuestion = profile.rows().stream()
                .collect(Collectors.groupingBy(r -> get(profile, r, "group") + "/" + get(profile, r, "question_key")));
        for (List<TidyTable.Row> answers : byQuestion.values()) {
            if (get(profile, answers.getFirst(), "answered") != null) {
                List<Object> hidden = answers.stream().filter(r -> get(profile, r, "count") == null).map(r -> get(profile, r, "count_status")).toList();
                assertFalse(hidden.equals(List.of("suppressed_primary")), "a small count is the only hidden answer beside its shown total: "
                        + get(profile, answers.getFirst(), "question_key"));
                totals++;
            }
        }
        Object screened = get(keyFigures, where(keyFigures, "figure", "screened").stream()
                .filter(r -> "own".equals(get(keyFigures, r, "group"))).findFirst().orElseThrow(), "count");
        for (TidyTable.Row q : where(questions, "group", "own")) {
            if (screened != null) {
                List<Object> hidden = Stream.of("answered", "not_answered", "not_applicable").map(c -> get(questions, q, c + "_status"))
                        .filter(s -> s.toString().startsWith("suppressed")).toList();
                assertFalse(hidden.equals(List.of("suppressed_primary")), "a small count is the only hidden part of a question beside the key "
                        + "figures' screened cases: " + get(questions, q, "question_key"));
                totals++;
            }
        }
        Map<String, List<TidyTable.Row>> byGroup = bands.rows().stream().filter(r -> !"band_under_2_0".equals(get(bands, r, "band_code")))
                .collect(Collectors.groupingBy(r -> get(bands, r, "group") + "/" + get(bands, r, "hypothesis_id") + "/" + get(bands, r, "exposure")));
        for (List<TidyTable.Row> group : byGroup.values()) {
            if (get(bands, group.getFirst(), "group_total") != null) {
                List<Object> hidden = group.stream().filter(r -> get(bands, r, "count") == null).map(r -> get(bands, r, "count_status")).toList();
                assertFalse(hidden.equals(List.of("suppressed_primary")), "a small count is the only hidden cost band beside its total");
                totals++;
            }
        }
        assertTrue(totals > 50, totals + " totals checked");
        assertTrue(profile.rows().stream().anyMatch(r -> get(profile, r, "count") == null), "the crafted data hide some profile counts");
    }

    @Test
    void theSharedExportHasNoCaseNumbersButStillTheCaseListFile() throws IOException {
        assertTrue(table(sharedExport, OpportunityExport.CASES).rows().isEmpty());
        assertFalse(table(demoExport, OpportunityExport.CASES).rows().isEmpty(), "the internal edition lists the own cases");
        Path csv = dir.resolve("shared-csv");
        sharedExport.writeCsv(csv, false);
        assertEquals(1, ExportFiles.csv(csv.resolve("case_list.csv")).size(), "only the header");
    }

    @Test
    void theCsvFilesHoldTheSameTablesAsTheWorkbookAndValidateAgainstTheDocumentedSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("data-schema/export-tables.schema.json")));
        JsonNode schemaJson = JSON.readTree(Files.readString(Path.of("data-schema/export-tables.schema.json")));
        for (TableExport export : List.of(demoExport, sharedExport)) {
            Path csv = dir.resolve(export == demoExport ? "demo-csv" : "shared-csv-2");
            export.writeCsv(csv, false);
            try (Stream<Path> files = Files.list(csv)) {
                assertEquals(Set.copyOf(TableExport.csvFiles()), files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
            }
            ObjectNode document = JSON.createObjectNode();
            List<TidyTable> all = new ArrayList<>(export.tables());
            all.add(export.columns());
            try (XSSFWorkbook wb = read(export == demoExport ? demoWorkbook : sharedWorkbook)) {
                for (TidyTable t : all) {
                    List<List<String>> records = ExportFiles.csv(csv.resolve(t.definition().id() + ".csv"));
                    List<String> header = records.getFirst();
                    assertEquals(t.definition().columns().stream().map(Column::id).toList(), header);
                    JsonNode properties = schemaJson.get("$defs").get(t.definition().id()).get("properties");
                    ArrayNode rows = document.putArray(t.definition().id());
                    List<List<Object>> typed = new ArrayList<>();
                    for (List<String> record : records.subList(1, records.size())) {
                        assertEquals(header.size(), record.size());
                        ObjectNode row = rows.addObject();
                        List<Object> values = new ArrayList<>();
                        for (int c = 0; c < header.size(); c++) {
                            String type = properties.get(header.get(c)).get("x-type").asString();
                            values.add(typed(row, header.get(c), record.get(c), type));
                        }
                        typed.add(values);
                    }
                    if (t != export.columns()) {
                        XSSFSheet sheet = wb.getSheet(t.sheetName());
                        assertEquals(ExportFiles.rows(sheet, 0, header.size()), typed, t + ": CSV and workbook differ");
                    }
                }
            }
            assertEquals(List.of(), schema.validate(document));
        }
    }

    /** A CSV field read as its column's type, put into the JSON row (empty as null); returned as read back from a workbook. */
    private static Object typed(ObjectNode row, String column, String field, String type) {
        if (field.isEmpty()) {
            row.putNull(column);
            return null;
        }
        switch (type) {
            case "integer" -> {
                row.put(column, new BigInteger(field));
                return Double.parseDouble(field);
            }
            case "number", "share" -> {
                row.put(column, new BigDecimal(field));
                return Double.parseDouble(field);
            }
            case "boolean" -> {
                if (field.equals("true") || field.equals("false")) {
                    row.put(column, Boolean.parseBoolean(field));
                    return Boolean.parseBoolean(field);
                }
                row.put(column, field);
                return field;
            }
            default -> {
                row.put(column, field);
                return field;
            }
        }
    }

    @Test
    void aMunicipalityAloneIsComparedWithThePublishedFiguresWhichValidateToo() throws Exception {
        SyntheticDataSet data = new SyntheticGenerator(SHEET).generate(new SyntheticOptions(31, 84, 7, 0, List.of()));
        LoadResult loaded = Cases.csv(SyntheticFiles.write(data, SHEET, dir.resolve("alone"))).municipalities(data.municipalities()).load();
        var alone = loaded.cases().filter(r -> r.municipalityCode().equals("901"));
        TableExport export = TableExport.of(ReportDocument.prepare(ReportBuilder.build(alone, loaded.report(), List.of("901"), "Ågerup",
                AnalysisOptions.defaults(SHEET), Disclosure.internal(), Language.EN)));
        TidyTable profile = table(export, ProfileExport.PROFILE);
        List<TidyTable.Row> reference = where(profile, "group", "reference");
        assertFalse(reference.isEmpty());
        assertTrue(reference.stream().allMatch(r -> get(profile, r, "synthetic").equals(false)), "the published figures are real");
        TidyTable.Row sudden = reference.stream().filter(r -> get(profile, r, "question_key").equals("onset") && get(profile, r, "answer_code")
                .equals("sudden")).findFirst().orElseThrow();
        assertEquals(0.18, (Double) get(profile, sudden, "share"), 0.005, "18% sudden, as published");
        assertTrue(reference.stream().anyMatch(r -> get(profile, r, "share_text").toString().startsWith("about ")), "rounded figures say so");
        assertTrue(where(table(export, HypothesisExport.HYPOTHESES), "group", "reference").isEmpty(), "no verdicts of published figures");
        assertTrue(where(table(export, ProfileExport.QUESTIONS), "group", "reference").isEmpty());
        assertTrue(table(export, FunnelExport.FUNNEL).rows().isEmpty(), "no funnel without populations");
        Path csv = dir.resolve("alone-csv");
        export.writeCsv(csv, false);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("data-schema/export-tables.schema.json")));
        JsonNode schemaJson = JSON.readTree(Files.readString(Path.of("data-schema/export-tables.schema.json")));
        ObjectNode document = JSON.createObjectNode();
        for (String name : TableExport.csvFiles()) {
            String id = name.substring(0, name.length() - ".csv".length());
            List<List<String>> records = ExportFiles.csv(csv.resolve(name));
            ArrayNode rows = document.putArray(id);
            for (List<String> record : records.subList(1, records.size())) {
                ObjectNode row = rows.addObject();
                for (int c = 0; c < record.size(); c++) {
                    String column = records.getFirst().get(c);
                    typed(row, column, record.get(c), schemaJson.get("$defs").get(id).get("properties").get(column).get("x-type").asString());
                }
            }
        }
        assertEquals(List.of(), schema.validate(document));
    }

    @Test
    void theSchemaInDataSchemaIsTheOneTheTablesDefine() throws IOException {
        Path file = Path.of("data-schema/export-tables.schema.json");
        if (Boolean.getBoolean("casescreen.writeSchema")) {
            Files.writeString(file, TableExport.schema(), StandardCharsets.UTF_8);
        }
        assertEquals(TableExport.schema(), Files.readString(file, StandardCharsets.UTF_8),
                "data-schema/export-tables.schema.json is out of date: run this test with -Dcasescreen.writeSchema=true");
    }

    @Test
    void existingCsvFilesAreReplacedOnlyWithForce() throws IOException {
        Path csv = dir.resolve("force-csv");
        Files.createDirectories(csv);
        Files.writeString(csv.resolve("profile.csv"), "old");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> sharedExport.writeCsv(csv, false)).getMessage().endsWith("profile.csv"));
        assertEquals("old", Files.readString(csv.resolve("profile.csv")));
        try (Stream<Path> files = Files.list(csv)) {
            assertEquals(1, files.count(), "nothing written when a file exists");
        }
        sharedExport.writeCsv(csv, true);
        assertTrue(Files.readString(csv.resolve("profile.csv")).startsWith("group,group_label,"));
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.NoSuchFileException.class,
                () -> sharedExport.writeCsv(dir.resolve("missing").resolve("csv"), true));
    }

    /**
     * Opens the workbook in a real spreadsheet program: LibreOffice, headless, converts the profile sheet to
     * CSV as the cells are shown, which proves the file valid and shows the Danish number formats (decimal
     * comma, "12,3 %"). Set CASESCREEN_SKIP_LIBREOFFICE=1 to skip it on a machine without LibreOffice.
     */
    @Test
    void libreOfficeOpensTheWorkbookAndShowsDanishNumbers() throws Exception {
        assumeFalse("1".equals(System.getenv("CASESCREEN_SKIP_LIBREOFFICE")), "LibreOffice check skipped on request");
        Path file = dir.resolve("lo").resolve("tabeller.xlsx");
        Files.createDirectories(file.getParent());
        Files.write(file, demoWorkbook);
        Path out = dir.resolve("lo").resolve("out");
        Files.createDirectories(out);
        int profileSheet = 1 + 1 + ExportTables.DEFINITIONS.indexOf(ProfileExport.PROFILE);
        // CSV filter options: separator ';' (59), quote '"' (34), UTF-8 (76), first line 1, ..., cells as shown, sheet number.
        Process soffice = new ProcessBuilder("soffice", "--headless", "--norestore", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false," + profileSheet,
                "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo").resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        String log = Files.readString(dir.resolve("lo").resolve("soffice.log"));
        assertEquals(0, soffice.exitValue(), log);
        Path csv;
        try (Stream<Path> files = Files.list(out)) {
            csv = files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst()
                    .orElseThrow(() -> new AssertionError("LibreOffice wrote no CSV: " + log));
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.getFirst().startsWith("Gruppe;Gruppe, navn;Kommunekoder;Kommuner;Spørgsmål nr.;"), lines.getFirst());
        TidyTable profile = table(demoExport, ProfileExport.PROFILE);
        assertEquals(1 + profile.rows().size(), lines.size());
        assertTrue(lines.get(1).matches(".*;\\d+,\\d %;.*"), "a share shown with a decimal comma: " + lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*;\\d{1,3}(\\.\\d{3})*;shown;.*")), "counts shown as whole numbers");
    }
}
