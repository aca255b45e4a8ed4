package dk.casescreen.analysis;

import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.Concentration;
import dk.casescreen.stats.TestResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link CostAnalysis} over the screened cases. The costs are ordered once; each group's
 * amounts are then collected in that order, so every group is sorted for its quartiles without a sort
 * of its own, and every total is an exact {@link BigDecimal} sum of the input amounts.
 */
final class CostProfiles {

    private final CaseTable screened;
    private final BigDecimal[] amount;
    /** The rows with an annual cost, ordered by cost. */
    private final int[] order;
    /** The amounts in ascending order. */
    private final double[] sorted;
    /** The largest scale of the amounts. */
    private final int scale;
    /** The amounts in ascending order as whole multiples of 10^-scale, or null when one does not fit in 2^43. */
    private final long[] unscaled;

    private CostProfiles(CaseTable screened) {
        this.screened = screened;
        int n = screened.size();
        amount = new BigDecimal[n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            amount[i] = screened.annualCost(i).orElse(null);
            known += amount[i] != null ? 1 : 0;
        }
        int[] rows = new int[known];
        double[] value = new double[n];
        for (int i = 0, k = 0; i < n; i++) {
            if (amount[i] != null) {
                value[i] = amount[i].doubleValue();
                rows[k++] = i;
            }
        }
        order = sortedByValue(rows, value);
        sorted = new double[known];
        int maxScale = 0;
        for (int k = 0; k < known; k++) {
            sorted[k] = value[order[k]];
            maxScale = Math.max(maxScale, amount[order[k]].scale());
        }
        scale = maxScale;
        unscaled = unscaled(maxScale);
    }

    /**
     * The rows ordered by {@code Double.compare} of their values, equal values in row order: a stable
     * merge sort of the primitive rows (given in increasing order), no boxed row per case.
     */
    static int[] sortedByValue(int[] rows, double[] value) {
        int[] a = rows.clone();
        int[] b = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                int mid = Math.min(lo + width, a.length);
                int hi = Math.min(lo + 2 * width, a.length);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    b[k] = i < mid && (j >= hi || Double.compare(value[a[i]], value[a[j]]) <= 0) ? a[i++] : a[j++];
                }
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }

    private long[] unscaled(int maxScale) {
        if (maxScale > 6) {
            return null;
        }
        long[] result = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            BigDecimal v = amount[order[k]].setScale(maxScale);
            if (v.unscaledValue().bitLength() > 43) {
                return null;
            }
            result[k] = v.unscaledValue().longValueExact();
        }
        return result;
    }

    /** The cost analysis of {@code screened} (only screened cases) with the hypotheses, opportunities and populations of {@code options}. */
    static CostAnalysis analyse(CaseTable screened, AnalysisOptions options) {
        // the ratios first, so that their model fits and the ordered amounts are not in the heap at once
        List<CostRatio> ratios = CostRatios.of(screened, options.hypotheses());
        CostProfiles p = new CostProfiles(screened);
        return new CostAnalysis(p.overall(), p.byMunicipality(), p.byAnswer(), p.concentration(), ratios,
                options.populations().map(p::perPopulation).orElse(List.of()), p.opportunities(options.opportunities()));
    }

    /** Spending per 1,000 aged 18–66 per municipality over {@code screened} (only screened cases). */
    static List<MunicipalityCost> perPopulation(CaseTable screened, List<MunicipalityPopulation> populations) {
        return new CostProfiles(screened).perPopulation(populations);
    }

    /** The group of each row ({@code -1}: in no group) summarised per group 0..groups-1. */
    private CostSummary[] summaries(String scope, List<String> names, int[] groupOf) {
        int k = names.size();
        long[] cases = new long[k];
        int[] counts = new int[k];
        for (int g : groupOf) {
            if (g >= 0) {
                cases[g]++;
            }
        }
        for (int r : order) {
            if (groupOf[r] >= 0) {
                counts[groupOf[r]]++;
            }
        }
        double[][] values = new double[k][];
        BigDecimal[] totals = new BigDecimal[k];
        long[] sums = new long[k];
        for (int g = 0; g < k; g++) {
            values[g] = new double[counts[g]];
            totals[g] = BigDecimal.ZERO;
        }
        int[] filled = new int[k];
        boolean exact = unscaled != null;
        for (int j = 0; j < order.length; j++) {
            int r = order[j];
            int g = groupOf[r];
            if (g >= 0) {
                values[g][filled[g]++] = sorted[j];
                if (exact) {
                    // below 2^43 each, so 2^20 amounts cannot overflow; addExact guards larger tables
                    try {
                        sums[g] = Math.addExact(sums[g], unscaled[j]);
                    } catch (ArithmeticException e) {
                        exact = false;
                    }
                }
            }
        }
        if (exact) {
            for (int g = 0; g < k; g++) {
                totals[g] = BigDecimal.valueOf(sums[g], scale);
            }
        } else {
            for (int r : order) {
                if (groupOf[r] >= 0) {
                    totals[groupOf[r]] = totals[groupOf[r]].add(amount[r]);
                }
            }
        }
        CostSummary[] result = new CostSummary[k];
        for (int g = 0; g < k; g++) {
            result[g] = summary(scope, names.get(g), cases[g], values[g], totals[g]);
        }
        return result;
    }

    /** The summary of a group from its amounts in ascending order. */
    static CostSummary summary(String scope, String group, long cases, double[] sorted, BigDecimal total) {
        TestResult mean = CostStatistics.meanInterval(sorted);
        return new CostSummary(scope, group, cases, sorted.length, total, mean.estimate(), mean.confLow(),
                mean.confHigh(), CostStatistics.LEVEL, CostStatistics.quantile(sorted, 0.25),
                CostStatistics.quantile(sorted, 0.5), CostStatistics.quantile(sorted, 0.75), mean.method());
    }

    private CostSummary overall() {
        return summaries("all", List.of("all"), new int[screened.size()])[0];
    }

    private Map<String, CostSummary> byMunicipality() {
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] groupOf = new int[screened.size()];
        for (int i = 0; i < groupOf.length; i++) {
            groupOf[i] = index.computeIfAbsent(screened.municipalityCode(i), c -> index.size());
        }
        CostSummary[] s = summaries("municipality", List.copyOf(index.keySet()), groupOf);
        Map<String, CostSummary> map = new LinkedHashMap<>();
        for (CostSummary c : s) {
            map.put(c.group(), c);
        }
        return map;
    }

    private List<CostSummary> byAnswer() {
        List<CostSummary> list = new ArrayList<>();
        for (Question q : screened.sheet().questions()) {
            if (!q.type().isChoice()) {
                continue;
            }
            AnswerColumn column = screened.column(q.key());
            int[] groupOf = new int[screened.size()];
            for (int i = 0; i < groupOf.length; i++) {
                int option = column.option(i);
                groupOf[i] = option >= 0 ? option : -1;
            }
            list.addAll(List.of(summaries(q.key(), q.codes(), groupOf)));
        }
        return list;
    }

    private Optional<CostConcentration> concentration() {
        if (sorted.length == 0 || sorted[sorted.length - 1] <= 0) {
            return Optional.empty();
        }
        Concentration.Lorenz lorenz = Concentration.lorenz(sorted);
        List<Concentration.Point> points = lorenz.points();
        if (sorted.length > 100) {
            points = new ArrayList<>();
            for (int k = 0; k <= 100; k++) {
                points.add(new Concentration.Point(k / 100.0, lorenz.at(k / 100.0)));
            }
        }
        TestResult gini = CostStatistics.giniInterval(sorted);
        return Optional.of(new CostConcentration(sorted.length, Concentration.topShare(sorted, 0.1),
                Concentration.topShare(sorted, 0.2), gini.estimate(), gini.confLow(), gini.confHigh(),
                CostStatistics.LEVEL, gini.method(), points));
    }

    /**
     * The amount of each screened case, a missing one imputed by the mean known cost of its cost band
     * pooled over all municipalities (the mean of all known costs without a band or without known costs in
     * the band); {@code imputed[i]} says which. Empty when no case has a cost.
     */
    Optional<double[]> imputedAmounts(boolean[] imputed) {
        if (order.length == 0) {
            return Optional.empty();
        }
        AnswerColumn band = screened.column(HypothesisEngine.OUTCOME);
        int levels = band.question().codes().size();
        double[] sum = new double[levels];
        long[] count = new long[levels];
        double all = 0;
        for (int r : order) {
            double v = amount[r].doubleValue();
            all += v;
            int b = band.option(r);
            if (b >= 0) {
                sum[b] += v;
                count[b]++;
            }
        }
        double overallMean = all / order.length;
        double[] result = new double[screened.size()];
        for (int i = 0; i < result.length; i++) {
            if (amount[i] != null) {
                result[i] = amount[i].doubleValue();
            } else {
                int b = band.option(i);
                result[i] = b >= 0 && count[b] > 0 ? sum[b] / count[b] : overallMean;
                imputed[i] = true;
            }
        }
        return Optional.of(result);
    }

    private List<MunicipalityCost> perPopulation(List<MunicipalityPopulation> populations) {
        boolean[] imputed = new boolean[screened.size()];
        Optional<double[]> amounts = imputedAmounts(imputed);
        if (amounts.isEmpty()) {
            return List.of();
        }
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < screened.size(); i++) {
            rows.computeIfAbsent(screened.municipalityCode(i), c -> new ArrayList<>()).add(i);
        }
        List<MunicipalityCost> list = new ArrayList<>();
        for (MunicipalityPopulation p : populations) {
            List<Integer> own = rows.get(p.municipality().code());
            if (own == null || p.aged18to66() <= 0) {
                continue;
            }
            double[] x = own.stream().mapToDouble(r -> amounts.get()[r]).toArray();
            long imputedCount = own.stream().filter(r -> imputed[r]).count();
            BigDecimal known = own.stream().map(r -> amount[r]).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            double total = Arrays.stream(x).sum();
            double scale = 1000.0 / p.aged18to66();
            TestResult mean = CostStatistics.meanInterval(x);
            double perCase = x.length * scale;
            list.add(new MunicipalityCost(p.municipality().code(), p.municipality().name(), x.length, imputedCount,
                    known, total, p.aged18to66(), total * scale, mean.confLow() * perCase, mean.confHigh() * perCase,
                    CostStatistics.LEVEL, 0, "Resampling the municipality's cases: " + mean.method()
                    + ", times cases * 1000 / population; missing costs imputed by the mean known cost of the cost band"));
        }
        list.sort(Comparator.comparingDouble(MunicipalityCost::estimate).reversed()
                .thenComparing(MunicipalityCost::municipalityCode));
        List<MunicipalityCost> ranked = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            MunicipalityCost c = list.get(i);
            ranked.add(new MunicipalityCost(c.municipalityCode(), c.name(), c.cases(), c.imputed(), c.knownTotal(),
                    c.total(), c.population(), c.estimate(), c.confLow(), c.confHigh(), c.confLevel(), i + 1, c.method()));
        }
        return ranked;
    }

    private List<OpportunityCost> opportunities(List<OpportunityDefinition> definitions) {
        List<OpportunityCost> list = new ArrayList<>();
        for (OpportunityDefinition d : definitions) {
            byte[] state = ActionOpportunities.states(screened, d);
            long count = 0;
            long withCost = 0;
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < state.length; i++) {
                if (state[i] == 1) {
                    count++;
                    if (amount[i] != null) {
                        withCost++;
                        total = total.add(amount[i]);
                    }
                }
            }
            list.add(new OpportunityCost(d.id(), count, withCost, total));
        }
        return list;
    }
}
