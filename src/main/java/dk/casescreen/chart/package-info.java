/**
 * Charts described once as data and drawn by several renderers: inline SVG for the report and the
 * notebooks, native editable charts in PowerPoint decks and Excel workbooks.
 *
 * <p>A {@link dk.casescreen.chart.Chart} holds everything a reader needs: its kind, title, axis
 * titles, categories, series of values with their texts and intervals, what is highlighted, and a
 * text alternative in words. Values already carry their published text ("12,3 %", "&lt;5"), so a
 * renderer never formats a count itself and a suppressed value stays suppressed in every form.
 */
package dk.casescreen.chart;
