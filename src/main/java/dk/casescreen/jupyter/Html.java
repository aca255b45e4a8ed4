package dk.casescreen.jupyter;

import dk.casescreen.cases.DataOrigin;
import java.util.ArrayList;
import java.util.List;

/**
 * HTML escaping and the page an output is built on: a title, paragraphs and tables. The page takes
 * the origin of the data it shows: on synthetic data the banner, the title, every table's caption and
 * every sentence of numbers ({@link Page#figures}) say SYNTETISK / SYNTHETIC; on observed data none do.
 */
final class Html {

    private Html() {
    }

    /** Escapes text for HTML element content and attribute values (the report's escaping). */
    static String escape(String text) {
        return dk.casescreen.report.Html.esc(text);
    }

    /** An output under construction: HTML and text are built side by side. */
    static final class Page {
        private final StringBuilder html = new StringBuilder("<div class=\"casescreen\">\n");
        private final StringBuilder text = new StringBuilder();
        private final List<String> notes = new ArrayList<>();
        private final DataOrigin origin;
        private final Labels labels;
        private final String title;
        private final String plainTitle;

        Page(String title, DataOrigin origin, Labels labels) {
            this.origin = origin;
            this.labels = labels;
            this.plainTitle = title;
            this.title = title + labels.tag(origin);
            title = this.title;
            if (origin.isSynthetic()) {
                html.append("<p style=\"color:#a61b1b;font-weight:bold\">").append(escape(labels.syntheticBanner()))
                        .append("</p>\n");
                text.append(labels.syntheticBanner().toUpperCase(java.util.Locale.ROOT)).append('\n');
            }
            html.append("<h4>").append(escape(title)).append("</h4>\n");
            text.append(title).append('\n');
        }

        Page paragraph(String line) {
            html.append("<p>").append(escape(line)).append("</p>\n");
            text.append(line).append('\n');
            return this;
        }

        /** A sentence of numbers built on the data: begins with the label when they are synthetic. */
        Page figures(String line) {
            return paragraph(labels.prefix(origin) + line);
        }

        Page grid(Grid grid) {
            if (origin.isSynthetic() && grid.caption() == null) {
                grid.caption(labels.label(origin) + ": " + plainTitle);
            }
            html.append(grid.html());
            text.append(grid.text());
            return this;
        }

        Page note(String line) {
            notes.add(line);
            return this;
        }

        NotebookOutput build() {
            for (String n : notes) {
                html.append("<p style=\"font-size:smaller\">").append(escape(n)).append("</p>\n");
                text.append(n).append('\n');
            }
            html.append("</div>\n");
            return NotebookOutput.html(text.toString(), html.toString());
        }
    }
}
