package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.OfficeCharts;
import dk.casescreen.chart.Role;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The deck's one layout: 16:9 slides with a title, a body area, a footer with the running header and
 * the slide number, and, when anything is synthetic, a SYNTETISKE DATA mark on every slide. Text
 * boxes, native tables and native charts are placed in points.
 */
final class SlideLayout {

    /** Slide width in points (16:9). */
    static final double WIDTH = 960;
    /** Slide height in points. */
    static final double HEIGHT = 540;
    /** Left and right margin. */
    static final double MARGIN = 36;
    /** Top of the body area. */
    static final double BODY_TOP = 92;
    /** Bottom of the body area. */
    static final double BODY_BOTTOM = 492;

    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);
    static final Color ACCENT = colour(Role.PRIMARY);
    static final Color MARK = colour(Role.HIGHLIGHT);
    private static final Color RULE = new Color(0xD9, 0xD9, 0xD9);
    private static final Color HEADER_FILL = new Color(0xEA, 0xF1, 0xF8);

    private final XMLSlideShow show;
    private final String footer;
    private final String syntheticMark;
    private final Language language;

    /**
     * A new deck.
     *
     * @param footer        the running header shown at the foot of every slide
     * @param syntheticMark the text of the mark on every slide ("SYNTETISKE DATA"), or null when nothing is synthetic
     * @param language      the language of the texts (for spelling and hyphenation)
     */
    SlideLayout(String footer, String syntheticMark, Language language) {
        this.show = new XMLSlideShow();
        this.show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
        this.footer = footer;
        this.syntheticMark = syntheticMark;
        this.language = language;
    }

    /** The slide show being built. */
    XMLSlideShow show() {
        return show;
    }

    /** A new slide with its title, footer, number and, where so, the synthetic mark. */
    XSLFSlide slide(String title) {
        XSLFSlide slide = show.createSlide();
        text(slide, new Rectangle2D.Double(MARGIN, 22, syntheticMark == null ? WIDTH - 2 * MARGIN : WIDTH - 2 * MARGIN - 190, 60),
                title, 26, true, TEXT).setVerticalAlignment(VerticalAlignment.MIDDLE);
        if (syntheticMark != null) {
            XSLFTextBox mark = text(slide, new Rectangle2D.Double(WIDTH - MARGIN - 176, 36, 176, 30), syntheticMark, 13, true, Color.WHITE);
            mark.setFillColor(MARK);
            mark.setVerticalAlignment(VerticalAlignment.MIDDLE);
            mark.getTextParagraphs().getFirst().setTextAlign(TextAlign.CENTER);
        }
        XSLFTextBox line = slide.createTextBox();
        line.setAnchor(new Rectangle2D.Double(MARGIN, 84, WIDTH - 2 * MARGIN, 2));
        line.setFillColor(ACCENT);
        text(slide, new Rectangle2D.Double(MARGIN, 506, WIDTH - 2 * MARGIN - 60, 20), footer, 9, false, MUTED);
        XSLFTextBox number = text(slide, new Rectangle2D.Double(WIDTH - MARGIN - 60, 506, 60, 20),
                Integer.toString(show.getSlides().size()), 9, false, MUTED);
        number.getTextParagraphs().getFirst().setTextAlign(TextAlign.RIGHT);
        return slide;
    }

    /** A text box of one paragraph. */
    XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold, Color colour) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        run(box.addNewTextParagraph(), text, size, bold, colour);
        return box;
    }

    /** A text box of several paragraphs, each a bullet when {@code bullets}. */
    XSLFTextBox paragraphs(XSLFSlide slide, Rectangle2D anchor, List<String> texts, double size, boolean bullets) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        for (String t : texts) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            p.setSpaceAfter(-size * 0.6);
            if (bullets) {
                p.setBullet(true);
                p.setIndent(-12.0);
                p.setLeftMargin(12.0);
            }
            run(p, t, size, false, TEXT);
        }
        return box;
    }

    /** Adds a run to a paragraph. */
    XSLFTextRun run(XSLFTextParagraph p, String text, double size, boolean bold, Color colour) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(colour);
        r.getRPr(true).setLang(language == Language.DA ? "da-DK" : "en-GB");
        return r;
    }

    /**
     * A native table: the first row a heading, the column widths in points; a cell's text is given as
     * is (numbers already in the report's format).
     */
    XSLFTable table(XSLFSlide slide, Rectangle2D anchor, List<List<String>> rows, double[] widths, double size) {
        XSLFTable table = slide.createTable(rows.size(), widths.length);
        table.setAnchor(anchor);
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            table.setRowHeight(r, size * 1.9);
            for (int c = 0; c < widths.length; c++) {
                XSLFTableCell cell = table.getCell(r, c);
                cell.clearText();
                run(cell.addNewTextParagraph(), rows.get(r).get(c), size, r == 0, TEXT);
                cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                cell.setLeftInset(4);
                cell.setRightInset(4);
                cell.setTopInset(2);
                cell.setBottomInset(2);
                cell.setFillColor(r == 0 ? HEADER_FILL : Color.WHITE);
                cell.setBorderColor(BorderEdge.bottom, RULE);
                cell.setBorderWidth(BorderEdge.bottom, 0.75);
            }
        }
        return table;
    }

    /** Right-aligns the given columns of a table below its heading (numbers). */
    static void alignRight(XSLFTable table, int... columns) {
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            for (int c : columns) {
                table.getCell(r, c).getTextParagraphs().forEach(p -> p.setTextAlign(TextAlign.RIGHT));
            }
        }
    }

    /** A native chart with its numbers inside. */
    void chart(XSLFSlide slide, Chart chart, Rectangle2D anchor) {
        OfficeCharts.addToSlide(chart, slide, anchor);
    }

    /** The speaker notes of a slide: the reasoning behind it. */
    void notes(XSLFSlide slide, List<String> paragraphs) {
        XSLFNotes notes = show.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.clearText();
                for (String text : paragraphs) {
                    run(shape.addNewTextParagraph(), text, 12, false, Color.BLACK);
                }
                return;
            }
        }
    }

    private static Color colour(Role role) {
        byte[] rgb = role.rgb();
        return new Color(rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }
}
