package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.Municipality;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.stats.RReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Funnel limits and overdispersion against src/test/R/funnel.R. */
class FunnelPlotTest {

    private static final RReference R = RReference.load("funnel");

    private static FunnelPlot plot(String caseName) throws Exception {
        Map<String, Long> cases = new LinkedHashMap<>();
        List<MunicipalityPopulation> populations = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/r-reference/funnel.input.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",");
            if (p[0].equals(caseName)) {
                cases.put(p[1], Long.parseLong(p[2]));
                populations.add(new MunicipalityPopulation(new Municipality(p[1], "m" + p[1], "r"), Long.parseLong(p[3])));
            }
        }
        return FunnelPlot.of(cases, populations);
    }

    @Test
    void matchesRForEveryCase() throws Exception {
        for (String name : List.of("reference", "proportional", "outlier")) {
            FunnelPlot f = plot(name);
            R.assertClose(name, "target_rate_per_1000", f.targetRate(), 1e-12);
            R.assertClose(name, "phi", f.phi(), 1e-9);
            R.assertClose(name, "tau2_per_1000_squared", f.tau2(), 1e-9);
            for (FunnelPoint p : f.points()) {
                R.assertClose(name, "z_" + p.municipalityCode(), p.z(), 1e-9);
            }
            for (int pop : new int[] {2000, 30000, 400000}) {
                R.assertClose(name, "lower95_" + pop, f.lowerLimit(pop, FunnelPlot.Z_95), 1e-9);
                R.assertClose(name, "upper95_" + pop, f.upperLimit(pop, FunnelPlot.Z_95), 1e-9);
                R.assertClose(name, "lower998_" + pop, f.lowerLimit(pop, FunnelPlot.Z_998), 1e-9);
                R.assertClose(name, "upper998_" + pop, f.upperLimit(pop, FunnelPlot.Z_998), 1e-9);
            }
        }
    }

    @Test
    void theReferenceDataAreOverdispersedAndProportionalCountsAreNot() throws Exception {
        assertTrue(plot("reference").overdispersed(), "synthetic municipalities vary beyond chance by design");
        assertEquals(0.0, plot("proportional").tau2());
        assertTrue(plot("proportional").points().stream().allMatch(p -> p.band() == FunnelPoint.Band.WITHIN));
    }

    @Test
    void bandsFollowTheAdjustedZScores() throws Exception {
        for (FunnelPoint p : plot("reference").points()) {
            FunnelPoint.Band expected = p.z() > FunnelPlot.Z_998 ? FunnelPoint.Band.ABOVE_998
                    : p.z() > FunnelPlot.Z_95 ? FunnelPoint.Band.ABOVE_95
                    : p.z() < -FunnelPlot.Z_998 ? FunnelPoint.Band.BELOW_998
                    : p.z() < -FunnelPlot.Z_95 ? FunnelPoint.Band.BELOW_95 : FunnelPoint.Band.WITHIN;
            assertEquals(expected, p.band(), p.municipalityCode());
        }
    }

    @Test
    void withoutOverdispersionThePositionsArePoissonsToo() throws Exception {
        FunnelPlot adjusted = plot("reference");
        FunnelPlot poisson = adjusted.withoutOverdispersion();
        assertEquals(0.0, poisson.tau2());
        int moved = 0;
        for (int i = 0; i < poisson.points().size(); i++) {
            FunnelPoint p = poisson.points().get(i);
            double z = (p.rate() - poisson.targetRate()) / Math.sqrt(poisson.targetRate() * 1000 / p.population());
            assertEquals(z, p.z(), 1e-9, p.name());
            if (p.band() != adjusted.points().get(i).band()) {
                moved++;
            }
        }
        assertTrue(moved > 0, "the overdispersed reference data have municipalities outside Poisson's limits but inside the widened ones");
    }
}
