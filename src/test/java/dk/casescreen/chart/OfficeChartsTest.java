package dk.casescreen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dk.casescreen.Language;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;
import org.openxmlformats.schemas.drawingml.x2006.chart.STOrientation;

/**
 * Draws charts of every kind into a PowerPoint deck and an Excel workbook, writes them, reads them
 * back with POI and finds the model's numbers in each chart: shown values as points, values not
 * shown as no point (never 0), intervals as custom error bars.
 */
public class OfficeChartsTest {

    private static final double TOLERANCE = 1e-12;

    static Chart horizontal() {
        return Chart.builder(ChartKind.HORIZONTAL_BARS, "profil-target_group", "Målgruppe", Language.DA)
                .banner("SYNTETISKE DATA")
                .categories("Svar", List.of("Udviklingshæmning", "Autisme", "Sindslidelse", "Øvrige"))
                .valueAxis(Axis.linear("Andel af besvarede (%)").withDecimals(1))
                .series(Series.bars("Egne sager (SYNTETISK)", Role.PRIMARY, List.of(
                        Datum.bar(0, 42.5, 30.1, 55.0, "42,5 % (17/40)"),
                        Datum.bar(1, Double.NaN, "<5"),
                        Datum.bar(2, 20.0, 10.2, 35.4, "20,0 % (8/40)"),
                        Datum.bar(3, 27.5, "27,5 % (11/40)"))))
                .series(Series.bars("Landsplan", Role.COMPARISON, List.of(
                        Datum.bar(0, 52.0, "52 %"), Datum.bar(1, 9.0, "9 %"), Datum.bar(2, 11.0, "11 %"), Datum.bar(3, 28.0, "28 %"))))
                .textAlternative("Målgruppe: egne sager mod landsplan.")
                .build();
    }

    static Chart vertical() {
        return Chart.builder(ChartKind.VERTICAL_BARS, "sager-pr-kommune", "Sager pr. 1.000 18–66-årige", Language.DA)
                .categories("Kommune", List.of("Aarhus", "Favrskov", "Skive"))
                .valueAxis(Axis.linear("Sager pr. 1.000").withDecimals(2))
                .series(Series.bars("Sager", Role.CONTEXT, List.of(
                        Datum.bar(0, 0.25, "0,25"), Datum.bar(1, 0.5, "0,50").highlight(), Datum.bar(2, Double.NaN, "·"))))
                .build();
    }

    static Chart stacked() {
        return Chart.builder(ChartKind.STACKED_BARS, "udvikling", "Udgiftsudvikling", Language.DA)
                .categories("Gruppe", List.of("Egne", "Andre"))
                .valueAxis(Axis.linear("Andel (%)"))
                .series(Series.bars("Stigende", Role.EXTRA_1, List.of(Datum.bar(0, 50, "50 %"), Datum.bar(1, 40, "40 %"))))
                .series(Series.bars("Uændret", Role.EXTRA_2, List.of(Datum.bar(0, 30, "30 %"), Datum.bar(1, Double.NaN, "<5"))))
                .series(Series.bars("Faldende", Role.EXTRA_3, List.of(Datum.bar(0, 20, "20 %"), Datum.bar(1, 25, "25 %"))))
                .build();
    }

    static Chart scatter() {
        List<Datum> upper = new ArrayList<>();
        List<Datum> lower = new ArrayList<>();
        for (double x = 1000; x <= 100_000; x *= 10) {
            upper.add(Datum.point(x, 2.0 + 20 / Math.sqrt(x), "øvre"));
            lower.add(Datum.point(x, Math.max(0, 2.0 - 20 / Math.sqrt(x)), "nedre"));
        }
        return Chart.builder(ChartKind.SCATTER, "tragt", "Sager pr. 1.000 og kommunens størrelse", Language.DA)
                .banner("SYNTETISKE DATA")
                .xAxis(Axis.log("18–66-årige (log)"))
                .valueAxis(Axis.linear("Sager pr. 1.000").withDecimals(1))
                .series(Series.points("Kommuner", Role.CONTEXT, List.of(
                        Datum.point(5_000, 1.5, "Læsø"),
                        new Datum(40_000, 2.5, 2.0, 3.1, "Skive", true),
                        Datum.point(200_000, Double.NaN, "Aarhus"))))
                .series(Series.line("95 %-grænse", Role.GUIDE, Mark.DASHED_LINE, upper))
                .series(Series.line("95 %-grænse", Role.GUIDE, Mark.DASHED_LINE, lower).withoutLegend())
                .series(Series.line("Landsgennemsnit", Role.GUIDE, Mark.DOTTED_LINE,
                        List.of(Datum.point(1000, 2.0, "2,0"), Datum.point(100_000, 2.0, "2,0"))))
                .build();
    }

    static List<Chart> everyKind() {
        return List.of(horizontal(), vertical(), stacked(), scatter());
    }

    static byte[] deck(List<Chart> charts) throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ppt.setPageSize(new Dimension(960, 540));
            for (Chart c : charts) {
                XSLFSlide slide = ppt.createSlide();
                OfficeCharts.addToSlide(c, slide, new Rectangle2D.Double(40, 40, 880, 460));
            }
            ppt.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void powerPointChartsHoldTheModelsNumbers() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(everyKind())))) {
            assertEquals(4, ppt.getSlides().size());
            for (int i = 0; i < 4; i++) {
                XSLFChart read = chartOf(ppt.getSlides().get(i));
                assertMatches(everyKind().get(i), read);
            }
        }
    }

    @Test
    void powerPointChartsKeepTheirNumbersInTheEmbeddedWorkbook() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(horizontal(), scatter()))))) {
            XSLFChart bars = chartOf(ppt.getSlides().get(0));
            XSSFSheet sheet = bars.getWorkbook().getSheetAt(0);
            assertEquals("Udviklingshæmning", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Egne sager (SYNTETISK)", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(42.5, sheet.getRow(1).getCell(1).getNumericCellValue(), TOLERANCE);
            assertNull(sheet.getRow(2).getCell(1), "a value not shown is an empty cell");
            assertEquals(9.0, sheet.getRow(2).getCell(2).getNumericCellValue(), TOLERANCE);
            assertRefersToCells(horizontal(), bars, sheet.getWorkbook());
            XSLFChart points = chartOf(ppt.getSlides().get(1));
            assertRefersToCells(scatter(), points, points.getWorkbook());
        }
    }

    @Test
    void excelChartsReferToCellsHoldingTheModelsNumbers() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Chart c : everyKind()) {
                OfficeCharts.addToSheet(c, wb.createSheet(c.id()), 2, 1);
            }
            wb.write(out);
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < 4; i++) {
                Chart model = everyKind().get(i);
                XSSFSheet sheet = wb.getSheet(model.id());
                List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
                assertEquals(1, charts.size());
                assertMatches(model, charts.getFirst());
                assertRefersToCells(model, charts.getFirst(), wb);
            }
            assertEquals("Svar", wb.getSheet("profil-target_group").getRow(2).getCell(1).getStringCellValue(), "the category title heads the block");
            assertEquals("[$-406]#,##0.0", wb.getSheet("profil-target_group").getRow(3).getCell(2).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void excelChartsDrawnDirectlyHoldTheirNumbersAsLiterals() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Diagrammer");
            int row = 0;
            for (Chart c : everyKind()) {
                var drawing = sheet.createDrawingPatriarch();
                OfficeCharts.draw(c, drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, row, 10, row + 20)));
                row += 21;
            }
            wb.write(out);
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<XSSFChart> charts = wb.getSheet("Diagrammer").getDrawingPatriarch().getCharts();
            assertEquals(4, charts.size());
            for (int i = 0; i < 4; i++) {
                assertMatches(everyKind().get(i), charts.get(i));
                CTPlotArea plot = charts.get(i).getCTChart().getPlotArea();
                CTNumDataSource values = plot.sizeOfBarChartArray() > 0 ? plot.getBarChartArray(0).getSerArray(0).getVal()
                        : plot.getScatterChartArray(0).getSerArray(0).getYVal();
                assertTrue(values.isSetNumLit() && !values.isSetNumRef(), "literal values");
            }
        }
    }

    @Test
    void barsAreLaidOutByKind() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(everyKind())))) {
            CTPlotArea h = chartOf(ppt.getSlides().get(0)).getCTChart().getPlotArea();
            assertEquals(STBarDir.BAR, h.getBarChartArray(0).getBarDir().getVal());
            assertEquals(STBarGrouping.CLUSTERED, h.getBarChartArray(0).getGrouping().getVal());
            assertEquals(STOrientation.MAX_MIN, h.getCatAxArray(0).getScaling().getOrientation().getVal(), "first category on top");
            CTPlotArea v = chartOf(ppt.getSlides().get(1)).getCTChart().getPlotArea();
            assertEquals(STBarDir.COL, v.getBarChartArray(0).getBarDir().getVal());
            assertEquals(STOrientation.MIN_MAX, v.getCatAxArray(0).getScaling().getOrientation().getVal());
            assertEquals(1, v.getBarChartArray(0).getSerArray(0).sizeOfDPtArray(), "the highlighted bar has its own colour");
            CTPlotArea s = chartOf(ppt.getSlides().get(2)).getCTChart().getPlotArea();
            assertEquals(STBarGrouping.STACKED, s.getBarChartArray(0).getGrouping().getVal());
            assertEquals("100", attribute(s.getBarChartArray(0).getOverlap(), "val"));
            String stackedLabels = s.getBarChartArray(0).getSerArray(0).getDLbls().getNumFmt().getFormatCode();
            assertTrue(stackedLabels.endsWith(";"), "a zero segment of a stacked bar gets no label: " + stackedLabels);
            String barLabels = h.getBarChartArray(0).getSerArray(0).getDLbls().getNumFmt().getFormatCode();
            assertFalse(barLabels.contains(";"), "a bar of zero keeps its label: " + barLabels);
        }
    }

    @Test
    void scatterChartsHaveLogAxesDashedLinesAndHiddenLegendEntries() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(scatter()))))) {
            XSLFChart chart = chartOf(ppt.getSlides().getFirst());
            CTPlotArea plot = chart.getCTChart().getPlotArea();
            assertEquals(10.0, plot.getValAxArray(0).getScaling().getLogBase().getVal(), TOLERANCE, "x axis base 10");
            assertFalse(plot.getValAxArray(1).getScaling().isSetLogBase(), "linear y axis");
            var series = plot.getScatterChartArray(0).getSerList();
            assertEquals("dash", series.get(1).getSpPr().getLn().getPrstDash().getVal().toString());
            assertEquals("sysDot", series.get(3).getSpPr().getLn().getPrstDash().getVal().toString());
            assertEquals("none", series.get(1).getMarker().getSymbol().getVal().toString(), "no markers on lines");
            assertTrue(series.get(0).getSpPr().getLn().isSetNoFill(), "no line through points");
            var entries = chart.getCTChart().getLegend().getLegendEntryList();
            assertEquals(1, entries.size());
            assertEquals(2, entries.getFirst().getIdx().getVal());
            assertTrue(entries.getFirst().getDelete().getVal());
        }
    }

    @Test
    void intervalsAreCustomErrorBars() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(horizontal(), scatter()))))) {
            var ser = chartOf(ppt.getSlides().get(0)).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertTrue(ser.isSetErrBars());
            assertEquals("cust", ser.getErrBars().getErrValType().getVal().toString());
            assertEquals(Map.of(0, 55.0 - 42.5, 2, 35.4 - 20.0), points(ser.getErrBars().getPlus()));
            assertEquals(Map.of(0, 42.5 - 30.1, 2, 20.0 - 10.2), points(ser.getErrBars().getMinus()));
            assertFalse(chartOf(ppt.getSlides().get(0)).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(1).isSetErrBars(),
                    "no error bars without intervals");
            var points = chartOf(ppt.getSlides().get(1)).getCTChart().getPlotArea().getScatterChartArray(0).getSerArray(0);
            CTErrBars bars = points.getErrBarsArray(0);
            assertEquals("y", bars.getErrDir().getVal().toString());
            assertEquals(Map.of(1, 3.1 - 2.5), points(bars.getPlus()));
        }
    }

    @Test
    void theBannerIsTheTitlesSecondLine() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(horizontal(), vertical()))))) {
            var paragraphs = chartOf(ppt.getSlides().get(0)).getCTChart().getTitle().getTx().getRich().getPList();
            assertEquals(2, paragraphs.size());
            assertEquals("Målgruppe", paragraphs.get(0).getRArray(0).getT());
            assertEquals("SYNTETISKE DATA", paragraphs.get(1).getRArray(0).getT());
            assertEquals(1, chartOf(ppt.getSlides().get(1)).getCTChart().getTitle().getTx().getRich().sizeOfPArray());
        }
    }

    @Test
    void valueLabelsUseTheAxisDecimalsAndTicksTheirOwn() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(horizontal(), vertical()))))) {
            CTPlotArea h = chartOf(ppt.getSlides().get(0)).getCTChart().getPlotArea();
            assertEquals("[$-406]#,##0.0", h.getBarChartArray(0).getSerArray(1).getDLbls().getNumFmt().getFormatCode());
            assertTrue(h.getBarChartArray(0).getSerArray(1).getDLbls().getShowVal().getVal());
            assertEquals("[$-406]General", h.getValAxArray(0).getNumFmt().getFormatCode(), "ticks are round numbers, written with the decimals each needs");
            CTPlotArea v = chartOf(ppt.getSlides().get(1)).getCTChart().getPlotArea();
            assertEquals("[$-406]#,##0.00", v.getBarChartArray(0).getSerArray(0).getDLbls().getNumFmt().getFormatCode());
        }
    }

    @Test
    void libreOfficeConvertsTheDeckToPdf(@TempDir Path dir) throws Exception {
        assumeFalse("1".equals(System.getenv("CASESCREEN_SKIP_LIBREOFFICE")), "LibreOffice check skipped on request");
        Path pptx = dir.resolve("diagrammer.pptx");
        Files.write(pptx, deck(everyKind()));
        Path pdf = LibreOffice.convert(pptx, "pdf", dir);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(4, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Målgruppe") && text.contains("SYNTETISKE DATA"), text);
            assertTrue(text.contains("42,5") && text.contains("0,50"), "Danish decimal commas: " + text);
        }
    }

    // --- reading back ---

    public static XSLFChart chartOf(XSLFSlide slide) {
        return slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("slide " + slide.getSlideNumber() + " has no chart"));
    }

    /** The chart's series as read from the file: names, categories or x values, values. */
    public record ReadSeries(String name, List<String> categories, Map<Integer, Double> xs, Map<Integer, Double> ys, int pointCount) {
    }

    public static List<ReadSeries> read(XDDFChart chart) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        List<ReadSeries> out = new ArrayList<>();
        if (plot.sizeOfBarChartArray() > 0) {
            for (var ser : plot.getBarChartArray(0).getSerList()) {
                out.add(new ReadSeries(name(ser.getTx()), strings(ser.getCat()), Map.of(), points(ser.getVal()), pointCount(ser.getVal())));
            }
        } else {
            for (var ser : plot.getScatterChartArray(0).getSerList()) {
                out.add(new ReadSeries(name(ser.getTx()), List.of(), points(ser.getXVal()), points(ser.getYVal()), pointCount(ser.getYVal())));
            }
        }
        return out;
    }

    public static void assertMatches(Chart model, XDDFChart chart) {
        List<ReadSeries> read = read(chart);
        assertEquals(model.series().size(), read.size(), model.id());
        for (int k = 0; k < read.size(); k++) {
            Series s = model.series().get(k);
            ReadSeries r = read.get(k);
            assertEquals(s.name(), r.name());
            // every series of a scatter chart gets as many points as the longest (LibreOffice draws only those), the rest empty
            assertEquals(OfficeCharts.pointCount(model), r.pointCount(), s.name() + ": point count");
            for (int i = s.data().size(); i < r.pointCount(); i++) {
                assertFalse(r.ys().containsKey(i) || r.xs().containsKey(i), s.name() + ": padding point " + i + " is empty");
            }
            if (model.kind().isCategorical()) {
                assertEquals(model.categories(), r.categories());
            }
            for (int i = 0; i < s.data().size(); i++) {
                Datum d = s.data().get(i);
                if (d.shown()) {
                    assertEquals(d.y(), r.ys().get(i), TOLERANCE, s.name() + " point " + i);
                } else {
                    assertFalse(r.ys().containsKey(i), s.name() + " point " + i + " (" + d.text() + ") must be empty, not " + r.ys().get(i));
                }
                if (!model.kind().isCategorical() && !Double.isNaN(d.x())) {
                    assertEquals(d.x(), r.xs().get(i), TOLERANCE);
                }
            }
        }
    }

    /** Each series' values refer to cells of {@code wb} that hold the same numbers, empty where not shown. */
    static void assertRefersToCells(Chart model, XDDFChart chart, XSSFWorkbook wb) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        for (int k = 0; k < model.series().size(); k++) {
            CTNumDataSource values = plot.sizeOfBarChartArray() > 0 ? plot.getBarChartArray(0).getSerArray(k).getVal()
                    : plot.getScatterChartArray(0).getSerArray(k).getYVal();
            assertTrue(values.isSetNumRef(), "values refer to cells");
            AreaReference area = new AreaReference(values.getNumRef().getF(), SpreadsheetVersion.EXCEL2007);
            CellReference[] cells = area.getAllReferencedCells();
            List<Datum> data = model.series().get(k).data();
            assertEquals(OfficeCharts.pointCount(model), cells.length);
            for (int i = 0; i < cells.length; i++) {
                var row = wb.getSheet(cells[i].getSheetName()).getRow(cells[i].getRow());
                var cell = row == null ? null : row.getCell(cells[i].getCol());
                if (i < data.size() && data.get(i).shown()) {
                    assertEquals(data.get(i).y(), cell.getNumericCellValue(), TOLERANCE);
                } else {
                    assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "empty cell where not shown");
                }
            }
        }
    }

    /** An attribute's text (for the value types POI's slim schema jar lacks). */
    static String attribute(org.apache.xmlbeans.XmlObject element, String name) {
        try (var c = element.newCursor()) {
            return c.getAttributeText(new javax.xml.namespace.QName("", name));
        }
    }

    private static String name(CTSerTx tx) {
        return tx.isSetStrRef() ? tx.getStrRef().getStrCache().getPtArray(0).getV() : tx.getV();
    }

    private static List<String> strings(CTAxDataSource cat) {
        var cache = cat.isSetStrRef() ? cat.getStrRef().getStrCache() : cat.getStrLit();
        String[] out = new String[(int) cache.getPtCount().getVal()];
        for (var pt : cache.getPtList()) {
            out[(int) pt.getIdx()] = pt.getV();
        }
        return List.of(out);
    }

    private static Map<Integer, Double> points(CTAxDataSource x) {
        return points(x.isSetNumRef() ? x.getNumRef().getNumCache() : x.getNumLit());
    }

    static Map<Integer, Double> points(CTNumDataSource values) {
        return points(values.isSetNumRef() ? values.getNumRef().getNumCache() : values.getNumLit());
    }

    private static int pointCount(CTNumDataSource values) {
        return (int) (values.isSetNumRef() ? values.getNumRef().getNumCache() : values.getNumLit()).getPtCount().getVal();
    }

    private static Map<Integer, Double> points(CTNumData cache) {
        Map<Integer, Double> out = new TreeMap<>();
        for (var pt : cache.getPtList()) {
            out.put((int) pt.getIdx(), Double.parseDouble(pt.getV()));
        }
        return out;
    }
}
