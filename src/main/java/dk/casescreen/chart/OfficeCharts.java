package dk.casescreen.chart;

import dk.casescreen.Language;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFLegendEntry;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFTitle;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFTextParagraph;
import org.apache.poi.xddf.usermodel.text.XDDFTextRun;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * Draws a {@link Chart} as a native, editable Office chart (DrawingML, through Apache POI's XDDF),
 * the same in PowerPoint and Excel: bars as a bar chart (horizontal bars with the first category on
 * top, stacked bars with overlap 100), points and limit lines as a scatter chart (dashed and dotted
 * lines, logarithmic axes base 10), series coloured by {@link Role}, value labels and axes with the
 * number format of the value axis, intervals as custom error bars. A value that is not shown is an
 * empty point, never 0. The chart's banner ("SYNTETISKE DATA") is the second line of its title.
 *
 * <p>The numbers live inside the chart: in PowerPoint in the chart's embedded workbook (which
 * "Edit data" opens), in Excel either as literal values in the chart ({@link #draw}) or in a block
 * of cells on a sheet that the chart refers to ({@link #addToSheet}). Numbers stay numbers; the
 * decimal comma comes from the reader's locale.
 */
public final class OfficeCharts {

    private static final String TEXT_COLOUR = OfficeChartParts.TEXT_COLOUR;
    private static final String GRID_COLOUR = "D9D9D9";
    private static final double TITLE_SIZE = 14;
    private static final double LABEL_SIZE = OfficeChartParts.LABEL_SIZE;

    private OfficeCharts() {
    }

    /**
     * Draws {@code chart} into an empty {@code target}. A PowerPoint (or Word) chart gets its numbers
     * in its embedded workbook; an Excel chart gets them as literal values.
     */
    public static void draw(Chart chart, XDDFChart target) {
        OfficeChartData data;
        if (target instanceof XSSFChart) {
            data = OfficeChartData.literal();
        } else {
            try {
                data = OfficeChartData.cells(target.getWorkbook().getSheetAt(0), 0, 0, numberFormat(chart.valueAxis(), chart.language()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidFormatException e) {
                throw new IllegalStateException("the chart's embedded workbook cannot be read", e);
            }
        }
        draw(chart, target, data);
    }

    /**
     * Adds {@code chart} to a slide in the rectangle {@code anchor} (in points) and returns the new
     * PowerPoint chart, its numbers in its embedded workbook.
     */
    public static XSLFChart addToSlide(Chart chart, XSLFSlide slide, Rectangle2D anchor) {
        XSLFChart target = slide.getSlideShow().createChart();
        // POI takes this rectangle in EMU, unlike the anchors of shapes.
        slide.addChart(target, new Rectangle2D.Double(Units.toEMU(anchor.getX()), Units.toEMU(anchor.getY()),
                Units.toEMU(anchor.getWidth()), Units.toEMU(anchor.getHeight())));
        draw(chart, target);
        return target;
    }

    /**
     * Adds {@code chart} to a worksheet: its numbers as a block of cells whose top left corner is
     * at {@code row}, {@code column} (zero-based; the categories or x values with a heading row and
     * one column per series), the chart to the right of the block, referring to those cells.
     * Returns the new Excel chart.
     */
    public static XSSFChart addToSheet(Chart chart, XSSFSheet sheet, int row, int column) {
        int width = chart.kind().isCategorical() ? 1 + chart.series().size() : 2 * chart.series().size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column + width + 1, row, column + width + 11, row + 22);
        XSSFChart target = drawing.createChart(anchor);
        draw(chart, target, OfficeChartData.cells(sheet, row, column, numberFormat(chart.valueAxis(), chart.language())));
        return target;
    }

    /**
     * The Excel number format of an axis's values: thousands separated, its decimals, tagged with the
     * chart's language ({@code [$-406]} Danish, {@code [$-809]} English). Excel shows the reader's
     * own separators; LibreOffice follows the tag, so a Danish chart reads "12,5" there too.
     */
    static String numberFormat(Axis axis, Language language) {
        String tag = language == Language.DA ? "[$-406]" : "[$-809]";
        return tag + (axis.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(axis.decimals()));
    }

    private static void draw(Chart chart, XDDFChart target, OfficeChartData data) {
        title(chart, target);
        target.displayBlanksAs(DisplayBlanks.GAP);
        target.setPlotOnlyVisibleCells(false);
        XDDFChartData plot = chart.kind().isCategorical() ? bars(chart, target, data) : scatter(chart, target, data);
        for (int i = 0; i < plot.getSeriesCount(); i++) {
            plot.getSeries(i).plot();
        }
        OfficeChartParts.completePointCounts(chart, plot);
        for (var axis : target.getCTChart().getPlotArea().getValAxList()) {
            axis.getNumFmt().setSourceLinked(false);
        }
        legend(chart, target);
    }

    private static void title(Chart chart, XDDFChart target) {
        target.setTitleText(chart.title());
        target.setTitleOverlay(false);
        XDDFTitle title = target.getTitle();
        XDDFTextParagraph first = title.getBody().getParagraph(0);
        for (XDDFTextRun run : first.getTextRuns()) {
            run.setFontSize(TITLE_SIZE);
            run.setBold(true);
            run.setFontColor(colour(TEXT_COLOUR));
        }
        chart.banner().ifPresent(banner -> {
            XDDFTextParagraph second = title.getBody().addNewParagraph();
            XDDFTextRun run = second.appendRegularRun(banner);
            run.setFontSize(LABEL_SIZE + 1);
            run.setBold(true);
            run.setFontColor(XDDFColor.from(Role.HIGHLIGHT.rgb()));
        });
    }

    private static XDDFBarChartData bars(Chart chart, XDDFChart target, OfficeChartData data) {
        boolean horizontal = chart.kind() != ChartKind.VERTICAL_BARS;
        XDDFCategoryAxis categoryAxis = target.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = target.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        if (!chart.categoryTitle().isEmpty()) {
            categoryAxis.setTitle(chart.categoryTitle());
        }
        if (horizontal) {
            // The first category on top: the category axis runs downwards, the value axis stays at the bottom.
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        }
        valueAxis(chart.valueAxis(), chart.language(), valueAxis);
        axisText(categoryAxis);
        XDDFBarChartData bars = (XDDFBarChartData) target.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setVaryColors(false);
        bars.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        boolean stacked = chart.kind() == ChartKind.STACKED_BARS;
        bars.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
        // POI's slim schema jar lacks the overlap's and the marker size's value types: set as attributes.
        var ctBars = target.getCTChart().getPlotArea().getBarChartArray(0);
        OfficeChartParts.attribute(ctBars.isSetOverlap() ? ctBars.getOverlap() : ctBars.addNewOverlap(), "val", stacked ? "100" : "0");
        bars.setGapWidth(stacked ? 50 : 60);
        var categories = data.categories(chart.categoryTitle(), chart.categories());
        String format = numberFormat(chart.valueAxis(), chart.language());
        for (int k = 0; k < chart.series().size(); k++) {
            Series s = chart.series().get(k);
            XDDFNumericalDataSource<Double> values = data.numbers(1 + k, s.name(), OfficeChartData.ys(s, s.data().size()));
            values.setFormatCode(format);
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(categories, values);
            series.setTitle(s.name(), data.heading(1 + k));
            series.setFillProperties(fill(s.role().rgb()));
            series.setInvertIfNegative(false);
            for (int i = 0; i < s.data().size(); i++) {
                if (s.data().get(i).highlighted()) {
                    series.getDataPoint(i).setFillProperties(fill(Role.HIGHLIGHT.rgb()));
                }
            }
            if (hasIntervals(s)) {
                OfficeChartParts.errorBars(s, s.data().size(), series.getCTBarSer().addNewErrBars(), false);
            }
            CTDLbls labels = series.getCTBarSer().addNewDLbls();
            // a zero segment of a stacked bar has no width: its label (an empty third section) would only clutter
            OfficeChartParts.valueLabels(labels, stacked ? format + ";-" + format + ";" : format,
                    stacked ? STDLblPos.CTR : STDLblPos.OUT_END);
        }
        return bars;
    }

    private static XDDFScatterChartData scatter(Chart chart, XDDFChart target, OfficeChartData data) {
        Axis x = chart.xAxis().orElseThrow();
        XDDFValueAxis xAxis = target.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis yAxis = target.createValueAxis(AxisPosition.LEFT);
        valueAxis(x, chart.language(), xAxis);
        valueAxis(chart.valueAxis(), chart.language(), yAxis);
        XDDFScatterChartData scatter = (XDDFScatterChartData) target.createData(ChartTypes.SCATTER, xAxis, yAxis);
        scatter.setVaryColors(false);
        scatter.setStyle(ScatterStyle.LINE_MARKER);
        // LibreOffice draws only the longest series of a scatter chart whose series differ in length: all get the same number of points.
        int length = pointCount(chart);
        for (int k = 0; k < chart.series().size(); k++) {
            Series s = chart.series().get(k);
            var xs = data.numbers(2 * k, x.title(), OfficeChartData.xs(s, length));
            xs.setFormatCode(numberFormat(x, chart.language()));
            var ys = data.numbers(2 * k + 1, s.name(), OfficeChartData.ys(s, length));
            ys.setFormatCode(numberFormat(chart.valueAxis(), chart.language()));
            XDDFScatterChartData.Series series = (XDDFScatterChartData.Series) scatter.addSeries(xs, ys);
            series.setTitle(s.name(), data.heading(2 * k + 1));
            series.setSmooth(false);
            if (s.mark().isLine()) {
                series.setMarkerStyle(MarkerStyle.NONE);
                XDDFLineProperties line = line(s.role().rgb(), s.role() == Role.GUIDE ? 1.25 : 2.0);
                if (s.mark() == Mark.DASHED_LINE) {
                    line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
                } else if (s.mark() == Mark.DOTTED_LINE) {
                    line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.SYSTEM_DOT));
                }
                series.setLineProperties(line);
            } else {
                series.setMarkerStyle(MarkerStyle.CIRCLE);
                OfficeChartParts.markerSize(series.getCTScatterSer().getMarker(), 6);
                XDDFLineProperties none = new XDDFLineProperties(new XDDFNoFillProperties());
                series.setLineProperties(none);
                OfficeChartParts.markerColour(series.getCTScatterSer().getMarker(), s.role().rgb());
                for (int i = 0; i < s.data().size(); i++) {
                    if (s.data().get(i).highlighted()) {
                        series.getDataPoint(i).setMarkerStyle(MarkerStyle.CIRCLE);
                        for (CTDPt p : series.getCTScatterSer().getDPtList()) {
                            if (p.getIdx().getVal() == i) {
                                OfficeChartParts.markerSize(p.getMarker(), 9);
                                OfficeChartParts.markerColour(p.getMarker(), Role.HIGHLIGHT.rgb());
                            }
                        }
                    }
                }
                if (s.data().stream().anyMatch(Datum::highlighted)) {
                    OfficeChartParts.highlightLabels(series.getCTScatterSer().addNewDLbls(), s);
                }
            }
            if (hasIntervals(s)) {
                OfficeChartParts.errorBars(s, length, series.getCTScatterSer().addNewErrBars(), true);
            }
        }
        return scatter;
    }

    /** The number of points every series of the chart gets: the categories, or the longest scatter series. */
    static int pointCount(Chart chart) {
        return chart.kind().isCategorical() ? chart.categories().size()
                : chart.series().stream().mapToInt(s -> s.data().size()).max().orElse(0);
    }

    private static boolean hasIntervals(Series s) {
        return s.data().stream().anyMatch(d -> d.shown() && d.hasInterval());
    }

    private static void valueAxis(Axis axis, Language language, XDDFValueAxis target) {
        target.setTitle(axis.title());
        // ticks are round numbers: as many decimals as each needs; the values keep the axis's decimals
        target.setNumberFormat((language == Language.DA ? "[$-406]" : "[$-809]") + "General");
        if (axis.scale() == Axis.Scale.LOG) {
            target.setLogBase(10);
        }
        target.getOrAddMajorGridProperties().setLineProperties(line(hex(GRID_COLOUR), 0.75));
        axisText(target);
    }

    private static void axisText(XDDFChartAxis axis) {
        axis.getOrAddTextProperties().setFontSize(LABEL_SIZE);
        axis.getOrAddTextProperties().setFillProperties(fill(hex(TEXT_COLOUR)));
    }






    private static void legend(Chart chart, XDDFChart target) {
        long listed = chart.series().stream().filter(Series::inLegend).count();
        if (listed < 2) {
            target.deleteLegend();
            return;
        }
        XDDFChartLegend legend = target.getOrAddLegend();
        legend.setPosition(LegendPosition.TOP);
        legend.setOverlay(false);
        for (int k = 0; k < chart.series().size(); k++) {
            if (!chart.series().get(k).inLegend()) {
                XDDFLegendEntry entry = legend.addEntry();
                entry.setIndex(k);
                entry.setDelete(true);
            }
        }
    }






    private static XDDFSolidFillProperties fill(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    private static XDDFLineProperties line(byte[] rgb, double width) {
        XDDFLineProperties line = new XDDFLineProperties(fill(rgb));
        line.setWidth(width);
        return line;
    }

    private static XDDFColor colour(String hex) {
        return XDDFColor.from(hex(hex));
    }

    private static byte[] hex(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
