package dk.casescreen.report;

/** The report's style sheet: system fonts only (no web fonts), printable, one section per printed page. */
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
            @media print { section { page-break-before: always; } nav { display: none; } }
            """;
}
