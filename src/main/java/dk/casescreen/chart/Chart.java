package dk.casescreen.chart;

import dk.casescreen.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chart as data: what it shows, not how it is drawn. The report and the notebooks draw it as SVG,
 * the deck and the workbook as native charts with the data inside.
 *
 * <p>Bar charts ({@link ChartKind#isCategorical()}) have categories, a category title and one value
 * axis; every series has one {@link Datum} per category. Scatter charts have no categories and two
 * value axes ({@code xAxis} and {@code valueAxis}).
 *
 * @param id              a stable name, usable as file name and element id ("profil-target_group")
 * @param kind            the layout
 * @param title           the title
 * @param banner          a line shown above the chart in every form, such as "SYNTETISKE DATA"
 * @param categoryTitle   the title of the category axis (bar charts), empty for scatter charts
 * @param categories      the category labels in order (bar charts)
 * @param valueAxis       the axis of the values (horizontal for horizontal bars, else vertical)
 * @param xAxis           the horizontal value axis of a scatter chart
 * @param series          the series, in legend order
 * @param textAlternative the chart's content in words, for screen readers and the printed page
 * @param language        the language of its texts and number formats
 */
public record Chart(String id, ChartKind kind, String title, Optional<String> banner, String categoryTitle,
                    List<String> categories, Axis valueAxis, Optional<Axis> xAxis, List<Series> series,
                    String textAlternative, Language language) {

    /** A chart; checks that the series fit the kind and the categories. */
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(banner, "banner");
        Objects.requireNonNull(categoryTitle, "categoryTitle");
        Objects.requireNonNull(valueAxis, "valueAxis");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(textAlternative, "textAlternative");
        Objects.requireNonNull(language, "language");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("chart '" + id + "' has no series");
        }
        if (kind.isCategorical()) {
            if (categories.isEmpty() || xAxis.isPresent()) {
                throw new IllegalArgumentException("bar chart '" + id + "' needs categories and no x axis");
            }
            for (Series s : series) {
                if (s.mark() != Mark.BAR || s.data().size() != categories.size()) {
                    throw new IllegalArgumentException("series '" + s.name() + "' of bar chart '" + id + "' needs one bar per category ("
                            + categories.size() + "), has " + s.data().size() + " " + s.mark());
                }
            }
        } else {
            if (!categories.isEmpty() || xAxis.isEmpty()) {
                throw new IllegalArgumentException("scatter chart '" + id + "' needs an x axis and no categories");
            }
            for (Series s : series) {
                if (s.mark() == Mark.BAR) {
                    throw new IllegalArgumentException("series '" + s.name() + "' of scatter chart '" + id + "' cannot be bars");
                }
            }
        }
    }

    /** Starts a chart of the given kind. */
    public static Builder builder(ChartKind kind, String id, String title, Language language) {
        return new Builder(kind, id, title, language);
    }

    /**
     * The same chart with a banner shown above it in every form ("SYNTETISKE DATA"); none when
     * {@code text} is null or empty. The text alternative is left as it is.
     */
    public Chart withBanner(String text) {
        return new Chart(id, kind, title, text == null || text.isEmpty() ? Optional.empty() : Optional.of(text), categoryTitle, categories,
                valueAxis, xAxis, series, textAlternative, language);
    }

    /** Every datum of every series that is shown, in series order. */
    public List<Datum> shownData() {
        List<Datum> out = new ArrayList<>();
        for (Series s : series) {
            for (Datum d : s.data()) {
                if (d.shown()) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** Builds a {@link Chart} step by step. */
    public static final class Builder {
        private final ChartKind kind;
        private final String id;
        private final String title;
        private final Language language;
        private Optional<String> banner = Optional.empty();
        private String categoryTitle = "";
        private List<String> categories = List.of();
        private Axis valueAxis;
        private Optional<Axis> xAxis = Optional.empty();
        private final List<Series> series = new ArrayList<>();
        private String textAlternative = "";

        private Builder(ChartKind kind, String id, String title, Language language) {
            this.kind = kind;
            this.id = id;
            this.title = title;
            this.language = language;
        }

        /** A line shown above the chart in every form ("SYNTETISKE DATA"); none when null or empty. */
        public Builder banner(String text) {
            this.banner = text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
            return this;
        }

        /** The categories of a bar chart and the title of their axis. */
        public Builder categories(String title, List<String> labels) {
            this.categoryTitle = title;
            this.categories = List.copyOf(labels);
            return this;
        }

        /** The value axis. */
        public Builder valueAxis(Axis axis) {
            this.valueAxis = axis;
            return this;
        }

        /** The horizontal axis of a scatter chart. */
        public Builder xAxis(Axis axis) {
            this.xAxis = Optional.of(axis);
            return this;
        }

        /** Adds a series. */
        public Builder series(Series s) {
            series.add(s);
            return this;
        }

        /** The chart's content in words. */
        public Builder textAlternative(String text) {
            this.textAlternative = text;
            return this;
        }

        /** The chart. */
        public Chart build() {
            return new Chart(id, kind, title, banner, categoryTitle, categories, valueAxis, xAxis, series, textAlternative, language);
        }
    }
}
