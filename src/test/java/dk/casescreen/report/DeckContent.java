package dk.casescreen.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A deck as POI reads it back from its bytes: per slide its texts, native tables, native charts (with
 * the numbers stored in them) and speaker notes.
 *
 * @param slides the slides in order
 */
record DeckContent(List<SlideContent> slides) {

    /**
     * One slide.
     *
     * @param title  the first text on the slide
     * @param texts  every text box's text
     * @param tables every table, as rows of cell texts
     * @param charts every chart
     * @param notes  the speaker notes
     */
    record SlideContent(String title, List<String> texts, List<List<List<String>>> tables, List<ChartContent> charts, String notes) {

        /** All the slide's visible text. */
        String allText() {
            StringBuilder s = new StringBuilder(String.join("\n", texts));
            tables.forEach(t -> t.forEach(r -> s.append('\n').append(String.join(" | ", r))));
            return s.toString();
        }
    }

    /**
     * A chart: its title lines, and its series.
     *
     * @param title  the title's lines (title, banner)
     * @param series the series
     */
    record ChartContent(List<String> title, List<SeriesContent> series) {
    }

    /**
     * A series as stored in the chart: name, categories (bar charts), x and y values by point index;
     * a point with no value is absent.
     */
    record SeriesContent(String name, List<String> categories, Map<Integer, Double> xs, Map<Integer, Double> ys) {
    }

    static DeckContent read(byte[] pptx) throws IOException {
        List<SlideContent> slides = new ArrayList<>();
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            for (XSLFSlide slide : show.getSlides()) {
                List<String> texts = new ArrayList<>();
                List<List<List<String>>> tables = new ArrayList<>();
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape t) {
                        texts.add(t.getText());
                    } else if (shape instanceof XSLFTable t) {
                        List<List<String>> rows = new ArrayList<>();
                        for (int r = 0; r < t.getNumberOfRows(); r++) {
                            List<String> row = new ArrayList<>();
                            for (int c = 0; c < t.getNumberOfColumns(); c++) {
                                row.add(t.getCell(r, c).getText());
                            }
                            rows.add(row);
                        }
                        tables.add(rows);
                    }
                }
                List<ChartContent> charts = new ArrayList<>();
                for (var rel : slide.getRelations()) {
                    if (rel instanceof XSLFChart c) {
                        charts.add(chart(c));
                    }
                }
                XSLFNotes notes = slide.getNotes();
                StringBuilder n = new StringBuilder();
                if (notes != null) {
                    for (XSLFShape s : notes.getShapes()) {
                        if (s instanceof XSLFTextShape t) {
                            n.append(t.getText()).append('\n');
                        }
                    }
                }
                slides.add(new SlideContent(texts.isEmpty() ? "" : texts.getFirst(), texts, tables, charts, n.toString()));
            }
        }
        return new DeckContent(slides);
    }

    private static ChartContent chart(XSLFChart chart) {
        List<String> title = new ArrayList<>();
        chart.getCTChart().getTitle().getTx().getRich().getPList().forEach(p -> {
            StringBuilder s = new StringBuilder();
            p.getRList().forEach(r -> s.append(r.getT()));
            title.add(s.toString());
        });
        List<SeriesContent> series = new ArrayList<>();
        for (var read : dk.casescreen.chart.OfficeChartsTest.read(chart)) {
            series.add(new SeriesContent(read.name(), read.categories(), read.xs(), read.ys()));
        }
        return new ChartContent(title, series);
    }
}
