package dk.casescreen.report;

/**
 * A chart of a report: a Plotly figure (data and layout as JSON) with a title, axis labels and a
 * text alternative for screen readers and for readers of the printed page.
 *
 * @param id          the id of the element the chart is drawn in
 * @param title       the title
 * @param figureJson  {@code {"data": [...], "layout": {...}}}
 * @param textAlternative the chart's content in words
 */
public record Chart(String id, String title, String figureJson, String textAlternative) {

    /** The chart as a figure element with its drawing script. */
    String html() {
        return "<figure class=\"chart\">\n<div id=\"" + id + "\" class=\"plot\" role=\"img\" aria-label=\"" + Html.esc(title)
                + ". " + Html.esc(textAlternative) + "\"></div>\n<figcaption>" + Html.esc(textAlternative)
                + "</figcaption>\n<script>(function(){var f=" + Html.scriptSafe(figureJson)
                + ";Plotly.newPlot('" + id + "',f.data,f.layout,{displayModeBar:false,responsive:true});})();</script>\n</figure>\n";
    }
}
