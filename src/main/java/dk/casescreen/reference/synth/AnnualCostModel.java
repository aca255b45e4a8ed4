package dk.casescreen.reference.synth;

/**
 * The exact annual cost of a synthetic case given its cost band: a right-skewed density over the screened
 * range whose band probabilities are the band model's shares (docs/synthetic-reference.md, "Annual cost").
 *
 * <p>Within each band {@code [a, b)} below 10 mio. kr. the density is a truncated exponential,
 * {@code f(x) ∝ exp(-λ (x - a))}, whose rate {@code λ} is the drop of the log density between the
 * neighbouring bands: with {@code d_k = share_k / width_k} the band's mean density and {@code m_k} its
 * midpoint, {@code λ_k = ln(d_{k-1} / d_{k+1}) / (m_{k+1} - m_{k-1})} (one-sided at the first band and at
 * 6–10 mio. kr.). Above 10 mio. kr. it is a Pareto density with index {@link #TAIL_INDEX} truncated at
 * {@link #MAXIMUM_MIO} mio. kr. Comparison cases below 2 mio. kr. are uniform on 1–2 mio. kr. Every draw
 * is an inverse CDF of one uniform number, so the random stream is the same as with a uniform draw.
 */
final class AnnualCostModel {

    /** The band limits in mio. kr., the last band open above 10 up to the maximum. */
    static final double[] EDGES_MIO = {2.0, 2.5, 3.0, 3.5, 4.0, 6.0, 10.0};
    /** The Pareto index of the band above 10 mio. kr. */
    static final double TAIL_INDEX = 2.0;
    /** The largest annual cost drawn, in mio. kr. (exclusive). */
    static final double MAXIMUM_MIO = 30.0;

    private static final double[] RATES = rates(CostBandModel.TARGET_SHARES);

    private AnnualCostModel() {
    }

    /** The lower limit of band {@code k} in mio. kr. (1 below 2 mio. kr. when {@code k} is negative). */
    static double low(int k) {
        return k < 0 ? 1.0 : EDGES_MIO[k];
    }

    /** The upper limit (exclusive) of band {@code k} in mio. kr. */
    static double high(int k) {
        return k < 0 ? 2.0 : k + 1 < EDGES_MIO.length ? EDGES_MIO[k + 1] : MAXIMUM_MIO;
    }

    /** The exponential rate of band {@code k} (per mio. kr.); 0 below 2 mio. kr. (uniform), NaN above 10 (Pareto). */
    static double rate(int k) {
        return k < 0 ? 0 : k < RATES.length ? RATES[k] : Double.NaN;
    }

    /** The cost in mio. kr. at probability {@code u} in [0, 1) of band {@code k}'s distribution. */
    static double quantile(int k, double u) {
        double a = low(k);
        double b = high(k);
        if (k < 0) {
            return a + (b - a) * u;
        }
        if (k == EDGES_MIO.length - 1) {
            double tail = 1 - Math.pow(a / b, TAIL_INDEX);
            return a / Math.pow(1 - u * tail, 1 / TAIL_INDEX);
        }
        double lambda = RATES[k];
        return a - Math.log1p(-u * (1 - Math.exp(-lambda * (b - a)))) / lambda;
    }

    /** The mean cost in mio. kr. of band {@code k} under the model (analytic). */
    static double mean(int k) {
        double a = low(k);
        double b = high(k);
        if (k < 0) {
            return (a + b) / 2;
        }
        if (k == EDGES_MIO.length - 1) {
            double alpha = TAIL_INDEX;
            double r = a / b;
            return alpha / (alpha - 1) * a * (1 - Math.pow(r, alpha - 1)) / (1 - Math.pow(r, alpha));
        }
        double lambda = RATES[k];
        double w = b - a;
        return a + 1 / lambda - w / Math.expm1(lambda * w);
    }

    /** The band (index into the screened bands) of a cost in mio. kr. of at least 2 mio. kr. */
    static int bandOf(double mio) {
        for (int k = EDGES_MIO.length - 1; k > 0; k--) {
            if (mio >= EDGES_MIO[k]) {
                return k;
            }
        }
        return 0;
    }

    private static double[] rates(double[] shares) {
        int n = EDGES_MIO.length - 1;
        double[] density = new double[n];
        double[] mid = new double[n];
        for (int k = 0; k < n; k++) {
            density[k] = shares[k] / (EDGES_MIO[k + 1] - EDGES_MIO[k]);
            mid[k] = (EDGES_MIO[k] + EDGES_MIO[k + 1]) / 2;
        }
        double[] rates = new double[n];
        for (int k = 0; k < n; k++) {
            int before = Math.max(0, k - 1);
            int after = Math.min(n - 1, k + 1);
            rates[k] = Math.log(density[before] / density[after]) / (mid[after] - mid[before]);
        }
        return rates;
    }
}
