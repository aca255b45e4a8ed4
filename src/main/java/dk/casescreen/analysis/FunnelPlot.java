package dk.casescreen.analysis;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.MunicipalityPopulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A funnel plot of cases per 1,000 inhabitants aged 18–66 with control limits adjusted for
 * overdispersion by an additive random effect (Spiegelhalter 2005, "Handling over-dispersion of
 * performance indicators", Qual Saf Health Care 14:347–351; the method of Spiegelhalter et al. 2012,
 * J R Stat Soc A 175:1–47, §5):
 *
 * <ol>
 *   <li>target rate {@code theta = sum(cases) / sum(population)};</li>
 *   <li>Poisson standard error per municipality {@code s_i = sqrt(theta / population_i)} and
 *       z-score {@code z_i = (cases_i / population_i - theta) / s_i};</li>
 *   <li>the z-scores winsorised at their 10th and 90th percentiles, and
 *       {@code phi = mean(z_w^2)} (the overdispersion factor; {@code I * phi} is approximately
 *       chi-square with {@code I - 1} df without overdispersion);</li>
 *   <li>if {@code I * phi > I - 1}, {@code tau^2 = (I * phi - (I - 1)) / (sum w_i - sum w_i^2 / sum w_i)}
 *       with {@code w_i = 1 / s_i^2}, else 0;</li>
 *   <li>limits {@code theta ± z_p * sqrt(theta / population + tau^2)} for p = 95% and 99.8%, and the
 *       adjusted z-score {@code (rate_i - theta) / sqrt(s_i^2 + tau^2)}.</li>
 * </ol>
 *
 * Winsorising uses R's type 7 quantiles. Rates and limits are per 1,000.
 *
 * @param targetRate  the overall rate per 1,000
 * @param phi         the winsorised overdispersion factor
 * @param tau2        the between-municipality variance (per 1,000, squared)
 * @param points      the municipalities, in the order given
 */
public record FunnelPlot(double targetRate, double phi, double tau2, List<FunnelPoint> points) {

    /** The 97.5% standard normal quantile (two-sided 95% limits). */
    public static final double Z_95 = 1.959963984540054;
    /** The 99.9% standard normal quantile (two-sided 99.8% limits). */
    public static final double Z_998 = 3.090232306167813;
    private static final double PER = 1000.0;

    /** Creates the plot; the list is copied. */
    public FunnelPlot {
        points = List.copyOf(points);
    }

    /**
     * The plot of the screened cases of {@code cases} (cost of 2 mio. kr. or more, {@link CaseSets#screened()})
     * per municipality, over the municipalities of {@code populations} that have cases in the table (a
     * pooled report shows the municipalities that took part).
     */
    public static FunnelPlot ofScreened(CaseTable cases, List<MunicipalityPopulation> populations) {
        Map<String, Long> counts = new LinkedHashMap<>();
        new CaseSets(cases).screened().stream().forEach(i -> counts.merge(cases.municipalityCode(i), 1L, Long::sum));
        return of(counts, populations.stream().filter(p -> counts.containsKey(p.municipality().code())).toList());
    }

    /** Builds the plot from case counts by municipality code and populations. */
    public static FunnelPlot of(Map<String, Long> casesByMunicipality, List<MunicipalityPopulation> populations) {
        int count = populations.size();
        double totalCases = 0;
        double totalPopulation = 0;
        for (MunicipalityPopulation p : populations) {
            totalCases += casesByMunicipality.getOrDefault(p.municipality().code(), 0L);
            totalPopulation += p.aged18to66();
        }
        double theta = totalCases / totalPopulation;
        double[] z = new double[count];
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            MunicipalityPopulation p = populations.get(i);
            double s2 = theta / p.aged18to66();
            double y = casesByMunicipality.getOrDefault(p.municipality().code(), 0L);
            z[i] = (y / p.aged18to66() - theta) / Math.sqrt(s2);
            w[i] = 1 / s2;
        }
        double phi = winsorisedMeanSquare(z);
        double sumW = Arrays.stream(w).sum();
        double sumW2 = Arrays.stream(w).map(x -> x * x).sum();
        double tau2 = count * phi > count - 1 ? (count * phi - (count - 1)) / (sumW - sumW2 / sumW) : 0;
        List<FunnelPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MunicipalityPopulation p = populations.get(i);
            long y = casesByMunicipality.getOrDefault(p.municipality().code(), 0L);
            double rate = (double) y / p.aged18to66();
            double zAdjusted = (rate - theta) / Math.sqrt(theta / p.aged18to66() + tau2);
            points.add(new FunnelPoint(p.municipality().code(), p.municipality().name(), y, p.aged18to66(), rate * PER,
                    zAdjusted, band(zAdjusted)));
        }
        return new FunnelPlot(theta * PER, phi, tau2 * PER * PER, points);
    }

    private static FunnelPoint.Band band(double z) {
        if (z < -Z_998) {
            return FunnelPoint.Band.BELOW_998;
        }
        if (z < -Z_95) {
            return FunnelPoint.Band.BELOW_95;
        }
        if (z > Z_998) {
            return FunnelPoint.Band.ABOVE_998;
        }
        return z > Z_95 ? FunnelPoint.Band.ABOVE_95 : FunnelPoint.Band.WITHIN;
    }

    private static double winsorisedMeanSquare(double[] z) {
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double low = quantile(sorted, 0.1);
        double high = quantile(sorted, 0.9);
        double sum = 0;
        for (double v : z) {
            double c = Math.min(high, Math.max(low, v));
            sum += c * c;
        }
        return sum / z.length;
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The same plot with plain Poisson limits (phi 1, no additive overdispersion): for output where the
     * overdispersion, a function of every municipality's count, could reveal a count that is hidden. The
     * points' z-scores and positions are recomputed against the Poisson limits, so nothing of the
     * adjustment remains.
     */
    public FunnelPlot withoutOverdispersion() {
        List<FunnelPoint> poisson = new ArrayList<>();
        double theta = targetRate / PER;
        for (FunnelPoint p : points) {
            double z = (p.rate() / PER - theta) / Math.sqrt(theta / p.population());
            poisson.add(new FunnelPoint(p.municipalityCode(), p.name(), p.cases(), p.population(), p.rate(), z, band(z)));
        }
        return new FunnelPlot(targetRate, 1.0, 0.0, poisson);
    }

    /** The lower limit per 1,000 for a population at the given level's z (e.g. {@link #Z_95}). */
    public double lowerLimit(double population, double zLevel) {
        return targetRate - zLevel * halfWidthScale(population);
    }

    /** The upper limit per 1,000 for a population at the given level's z. */
    public double upperLimit(double population, double zLevel) {
        return targetRate + zLevel * halfWidthScale(population);
    }

    private double halfWidthScale(double population) {
        double theta = targetRate / PER;
        return Math.sqrt(theta / population + tau2 / (PER * PER)) * PER;
    }

    /** Whether the municipalities vary more than chance alone would make them ({@code I * phi > I - 1}). */
    public boolean overdispersed() {
        return tau2 > 0;
    }
}
