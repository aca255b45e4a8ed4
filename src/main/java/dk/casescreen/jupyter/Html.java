package dk.casescreen.jupyter;

import java.util.ArrayList;
import java.util.List;

/** HTML escaping and the page an output is built on: a title, the synthetic-data label, paragraphs and tables. */
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

        Page(String title, boolean synthetic, Labels labels) {
            if (synthetic) {
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

        Page grid(Grid grid) {
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
