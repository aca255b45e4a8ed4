package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.chart.Axis;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.ChartKind;
import dk.casescreen.chart.Datum;
import dk.casescreen.chart.Mark;
import dk.casescreen.chart.Role;
import dk.casescreen.chart.Series;
import dk.casescreen.chart.SvgChart;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The funnel plot's chart model, shared by the report and the notebooks. */
class FunnelChartTest {

    private static FunnelPlot plot;
    private static FunnelPoint own;

    @BeforeAll
    static void plot() {
        plot = Analyses.synthetic().funnel().orElseThrow();
        own = plot.points().get(5);
    }

    private static Chart chart(Language language, java.util.function.Predicate<FunnelPoint> shown) {
        return FunnelChart.of(plot, Set.of(own.municipalityCode()), shown, "Egen kommune (SYNTETISK)", Axis.Scale.LOG, language);
    }

    @Test
    void theLimitsAreDashedAndDottedAboveAndBelowTheAverageAndTheSecondOfEachIsNotInTheLegend() {
        Chart chart = chart(Language.DA, p -> true);
        assertEquals(ChartKind.SCATTER, chart.kind());
        assertEquals(List.of("Egen kommune (SYNTETISK)", "Andre kommuner", "Gennemsnit", "95 %-grænse", "99,8 %-grænse"),
                chart.series().stream().filter(Series::inLegend).map(Series::name).toList());
        assertEquals(List.of(Mark.POINT, Mark.POINT, Mark.LINE, Mark.DASHED_LINE, Mark.DASHED_LINE, Mark.DOTTED_LINE, Mark.DOTTED_LINE),
                chart.series().stream().map(Series::mark).toList());
        assertEquals(List.of(Role.HIGHLIGHT, Role.CONTEXT, Role.GUIDE, Role.GUIDE, Role.GUIDE, Role.GUIDE, Role.GUIDE),
                chart.series().stream().map(Series::role).toList());
        Series upper95 = chart.series().get(3);
        Series lower998 = chart.series().get(6);
        for (Datum d : upper95.data()) {
            assertEquals(Math.max(0, plot.upperLimit(d.x(), FunnelPlot.Z_95)), d.y(), 1e-12);
        }
        for (Datum d : lower998.data()) {
            assertEquals(Math.max(0, plot.lowerLimit(d.x(), FunnelPlot.Z_998)), d.y(), 1e-12);
        }
        assertTrue(chart.series().get(2).data().stream().allMatch(d -> d.y() == plot.targetRate()));
    }

    @Test
    void theOwnMunicipalityIsHighlightedAndTheOthersAreContext() {
        Chart chart = chart(Language.DA, p -> true);
        Datum mine = chart.series().getFirst().data().getFirst();
        assertEquals(own.name(), mine.text());
        assertTrue(mine.highlighted());
        assertEquals(own.population(), mine.x(), 0);
        assertEquals(own.rate(), mine.y(), 0);
        assertEquals(plot.points().size() - 1, chart.series().get(1).data().size());
        assertTrue(chart.series().get(1).data().stream().noneMatch(Datum::highlighted));
        assertTrue(SvgChart.render(chart).contains(">" + own.name() + "</text>"), "named on the plot");
    }

    @Test
    void aMunicipalityNotShownIsLeftOutAndItsRateIsNotInTheText() {
        FunnelPoint hidden = plot.points().get(7);
        Chart chart = chart(Language.DA, p -> !p.equals(hidden) && !p.equals(own));
        assertTrue(chart.shownData().stream().noneMatch(d -> d.text().equals(hidden.name()) || d.text().equals(own.name())));
        assertEquals("Andre kommuner", chart.series().getFirst().name(), "no own point: no legend entry for it");
        assertTrue(chart.textAlternative().contains(own.name() + ": · pr. 1.000 ("), chart.textAlternative());
        assertFalse(SvgChart.render(chart).contains(hidden.name()));
    }

    @Test
    void theTextAlternativeSaysTheAverageTheOwnPlaceAndHowManyLieOutsideInEitherLanguage() {
        long outside = plot.points().stream().filter(p -> p.band() != FunnelPoint.Band.WITHIN).count();
        String da = chart(Language.DA, p -> true).textAlternative();
        assertTrue(da.startsWith("Tragtdiagram. Gennemsnit "), da);
        assertTrue(da.contains(own.name() + ": " + new dk.casescreen.NumberFormats(Language.DA).decimal(own.rate(), 2) + " pr. 1.000 ("
                + FunnelChart.band(own.band(), Language.DA) + ")."), da);
        assertTrue(da.endsWith(outside + " kommuner ligger uden for 95 %-grænserne."), da);
        Chart en = chart(Language.EN, p -> true);
        assertTrue(en.textAlternative().startsWith("Funnel plot. Average "), en.textAlternative());
        assertTrue(en.textAlternative().endsWith(" municipalities lie outside the 95% limits."));
        assertEquals("Cases per 1,000 aged 18–66 by size of municipality", en.title());
        assertEquals("Inhabitants aged 18–66 (log axis)", en.xAxis().orElseThrow().title());
        assertEquals("18–66-årige i kommunen", FunnelChart.of(plot, Set.of(), p -> true, "", Axis.Scale.LINEAR, Language.DA)
                .xAxis().orElseThrow().title());
        assertEquals("over 99,8 %-grænsen", FunnelChart.band(FunnelPoint.Band.ABOVE_998, Language.DA));
    }
}
