package dk.casescreen.report;

/** The report's style sheet: system fonts only (no web fonts); printed on A4, each main section on a new page, no chart or table row cut across pages. */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto; max-width: 1100px;
                   padding: 1rem 2rem; color: #1d2733; line-height: 1.45; }
            h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #1f5fa8; padding-bottom: .2rem; margin-top: 2.5rem; }
            h3 { margin-top: 1.8rem; }
            .synthetic-banner { background: #fff3cd; border: 1px solid #e0b000; padding: .4rem .8rem; font-weight: 600; }
            .mode { color: #555; }
            nav ol { display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; padding-left: 0; list-style: none; }
            table { border-collapse: collapse; margin: .8rem 0; width: 100%; font-size: .92rem; }
            th, td { border-bottom: 1px solid #d9dee5; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f2f5f9; } td.num { text-align: right; white-space: nowrap; } .ci { color: #666; font-size: .85em; }
            .verdict-supported { color: #8a1c1c; font-weight: 600; } .verdict-not_supported { color: #1d6b35; font-weight: 600; }
            .verdict-inconclusive { color: #6b5b1d; font-weight: 600; }
            .keyfigures { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: .8rem; }
            .keyfigure { background: #f2f5f9; padding: .6rem .8rem; border-radius: 4px; }
            .keyfigure .value { font-size: 1.5rem; font-weight: 700; display: block; }
            figure.chart { margin: 1rem 0; } figcaption { font-size: .85rem; color: #555; }
            .reason { font-style: italic; }
            figure.chart svg { display: block; width: 100%; max-width: 760px; height: auto; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              nav { display: none; }
              section { break-before: page; }
              section#resume { break-before: auto; }
              h2, h3 { break-after: avoid; }
              figure.chart, tr, .keyfigure, table.numbers, .synthetic-banner { break-inside: avoid; }
              figure.chart svg { max-width: 170mm; max-height: 200mm; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    /**
     * The printed page: A4 with margins, the running header at the top of every page and the page number
     * ("Side 3 af 12") at the bottom.
     */
    static String page(String header, dk.casescreen.Language language) {
        String pageOf = language == dk.casescreen.Language.DA ? "\"Side \" counter(page) \" af \" counter(pages)"
                : "\"Page \" counter(page) \" of \" counter(pages)";
        return "@page { size: A4; margin: 16mm 14mm 16mm 14mm;\n"
                + "  @top-left { content: \"" + cssString(header) + "\"; font-size: 8pt; color: #555; }\n"
                + "  @bottom-right { content: " + pageOf + "; font-size: 8pt; color: #555; } }\n";
    }

    /** A text inside a CSS string: quotes, backslashes, line breaks and '<' escaped (so no "</style" can occur). */
    static String cssString(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '"' -> s.append('\\').append(c);
                case '<' -> s.append("\\3C ");
                case '\n', '\r' -> s.append(' ');
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
