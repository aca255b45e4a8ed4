package dk.casescreen.reference.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The annual cost model (docs/synthetic-reference.md, "Annual cost"). The expected means and medians were
 * computed independently of the Java code, by numerical integration of the documented densities (scipy
 * {@code quad} and {@code brentq}), and are those printed in the documentation's table.
 */
class AnnualCostModelTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    /** Band means in mio. kr. from the documented densities. */
    private static final double[] BAND_MEANS = {2.2380, 2.7392, 3.2388, 3.7234, 4.7166, 7.2486, 15.0000};
    /** Band medians in mio. kr. from the documented densities. */
    private static final double[] BAND_MEDIANS = {2.2321, 2.7338, 3.2332, 3.7105, 4.6021, 6.9896, 13.4164};
    /** Band standard deviations in mio. kr. from the documented densities. */
    private static final double[] BAND_SDS = {0.1440, 0.1441, 0.1441, 0.1429, 0.5349, 1.0032, 4.7104};
    private static final double OVERALL_MEAN = 3.1437;
    private static final double OVERALL_SD = 1.3601;
    private static final double OVERALL_MEDIAN = 2.8623;

    @Test
    void analyticBandMeansAndMediansAreTheDocumentedOnes() {
        for (int k = 0; k < BAND_MEANS.length; k++) {
            assertEquals(BAND_MEANS[k], AnnualCostModel.mean(k), 5e-5, "mean of band " + k);
            assertEquals(BAND_MEDIANS[k], AnnualCostModel.quantile(k, 0.5), 5e-5, "median of band " + k);
        }
    }

    @Test
    void withinTheWideBandsMostCasesLieNearTheLowerEnd() {
        for (int k = 4; k < BAND_MEANS.length; k++) {
            double middle = (AnnualCostModel.low(k) + AnnualCostModel.high(k)) / 2;
            assertTrue(AnnualCostModel.quantile(k, 0.5) < middle, "band " + k);
        }
        assertTrue(AnnualCostModel.rate(4) > 0 && AnnualCostModel.rate(5) > 0);
    }

    @Test
    void everyQuantileLiesInItsBandIncludingTheExtremes() {
        for (int k = -1; k < BAND_MEANS.length; k++) {
            for (double u : new double[] {0, 1e-12, 0.25, 0.5, 0.999999, Math.nextDown(1.0)}) {
                double x = AnnualCostModel.quantile(k, u);
                // in doubles a draw a hair below 1 can reach the upper limit; the whole kroner stay below it
                assertTrue(x >= AnnualCostModel.low(k) && x <= AnnualCostModel.high(k), "band " + k + ", u " + u + ": " + x);
                long kr = CostBandModel.wholeKroner(x, AnnualCostModel.high(k));
                assertTrue(kr >= Math.round(AnnualCostModel.low(k) * 1e6) && kr < Math.round(AnnualCostModel.high(k) * 1e6),
                        "band " + k + ", u " + u + ": " + kr);
            }
        }
        assertEquals(2.0, AnnualCostModel.quantile(0, 0), 0);
        assertEquals(30.0, AnnualCostModel.quantile(6, Math.nextDown(1.0)), 1e-9);
    }

    @Test
    void generatedCostsLieInTheirBandsAndMatchTheDocumentedMeansMediansAndOverallFigures() {
        List<CaseRecord> records = new SyntheticGenerator(SHEET).generate(SyntheticOptions.REFERENCE.withSeed(17)
                .withCases(40_000).withComparisonCases(2_000)).records();
        List<List<Double>> byBand = new ArrayList<>();
        for (int k = 0; k < BAND_MEANS.length; k++) {
            byBand.add(new ArrayList<>());
        }
        List<Double> all = new ArrayList<>();
        for (CaseRecord r : records) {
            if (r.annualCost().isEmpty()) {
                continue;
            }
            double mio = r.annualCost().get().doubleValue() / 1e6;
            int k = band(r);
            assertTrue(mio >= AnnualCostModel.low(k) && mio < AnnualCostModel.high(k), r.caseNumber() + " " + mio + " band " + k);
            if (k >= 0) {
                byBand.get(k).add(mio);
                all.add(mio);
            }
        }
        for (int k = 0; k < BAND_MEANS.length; k++) {
            List<Double> x = byBand.get(k);
            double se = BAND_SDS[k] / Math.sqrt(x.size());
            assertEquals(BAND_MEANS[k], mean(x), 4 * se, "mean of band " + k + " (" + x.size() + " costs)");
            // the median's standard error is about 1.25 sd / sqrt(n) for these nearly flat densities; 4 of those
            assertEquals(BAND_MEDIANS[k], median(x), 5 * 1.25 * se, "median of band " + k);
        }
        assertEquals(OVERALL_MEAN, mean(all), 4 * OVERALL_SD / Math.sqrt(all.size()), "overall mean");
        assertEquals(OVERALL_MEDIAN, median(all), 0.02, "overall median");
        assertEquals(0.7, all.size() / 40_000.0, 4 * Math.sqrt(0.21 / 40_000), "share with an exact cost");
    }

    @Test
    void theSameSeedDrawsTheSameCosts() {
        SyntheticOptions options = SyntheticOptions.REFERENCE.withSeed(3).withCases(500).withMunicipalities(10);
        List<CaseRecord> a = new SyntheticGenerator(SHEET).generate(options).records();
        List<CaseRecord> b = new SyntheticGenerator(SHEET).generate(options).records();
        assertEquals(a.stream().map(CaseRecord::annualCost).toList(), b.stream().map(CaseRecord::annualCost).toList());
    }

    @Test
    void aCostTakesOneUniformNumberSoTheStreamAfterItIsUnchanged() {
        for (int k = -1; k < BAND_MEANS.length; k++) {
            SplittableRandom drawn = new SplittableRandom(99);
            SplittableRandom counted = new SplittableRandom(99);
            CostBandModel.exactCost(drawn, k);
            counted.nextDouble();
            assertEquals(counted.nextLong(), drawn.nextLong(), "band " + k);
        }
    }

    static int band(CaseRecord r) {
        String code = r.code("cost_band").orElseThrow();
        for (int k = 0; k < CostBandModel.SCREENED_BANDS.length; k++) {
            if (CostBandModel.SCREENED_BANDS[k].equals(code)) {
                return k;
            }
        }
        return -1;
    }

    static double mean(List<Double> x) {
        return x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double median(List<Double> x) {
        double[] sorted = x.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
