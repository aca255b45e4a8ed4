package dk.casescreen.followup;

import dk.casescreen.Text;
import dk.casescreen.analysis.MinimumDetectableEffect;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.Coefficient;
import dk.casescreen.stats.ModelFit;
import dk.casescreen.stats.ModelFitException;
import dk.casescreen.stats.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which first-round Ja/Nej answers go with becoming dearer: one logistic regression per question of
 * dearer (1) against not (0) on Ja (1) against Nej (0) plus the first-round target group (reference: its
 * first level in sheet order among the cases), as R's {@code glm(dearer ~ exposure + target_group,
 * family = binomial)}; Wald interval of the odds ratio; Holm over the questions fitted; the minimum
 * detectable odds ratio from Whitehead's formula with two outcome categories.
 */
final class Predictors {

    static final String TARGET_GROUP = "target_group";
    /** The fewest citizens either arm (Ja, Nej) must have for a question to be fitted. */
    static final int MIN_ARM = 5;
    private static final String METHOD = "Logistic regression of becoming dearer on the first-round answer (Ja vs Nej),"
            + " adjusted for target group; Wald interval";

    private Predictors() {
    }

    static List<Predictor> of(Linking link, BandScale bands, int[][] moves, YesNoQuestions questions,
                              FollowUpOptions options) {
        List<Predictor> out = new ArrayList<>();
        for (Question q : questions.questions()) {
            out.add(fit(q, link, moves, options));
        }
        double[] adjusted = Comparisons.holm(out.stream().mapToDouble(Predictor::pValue).toArray());
        List<Predictor> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            result.add(out.get(i).withPAdjusted(adjusted[i]));
        }
        return result;
    }

    private static Predictor fit(Question q, Linking link, int[][] moves, FollowUpOptions options) {
        List<String> groups = link.earlier().sheet().question(TARGET_GROUP).map(Question::codes).orElse(List.of());
        List<int[]> rows = new ArrayList<>();
        for (int i = 0; i < link.size(); i++) {
            if (!Comparisons.banded(moves[i])) {
                continue;
            }
            CaseRecord a = link.before(i);
            int exposure = YesNoQuestions.yesNo(q, a);
            int group = a.code(TARGET_GROUP).map(groups::indexOf).orElse(-1);
            if (exposure >= 0 && group >= 0) {
                rows.add(new int[] {moves[i][1] > moves[i][0] ? 1 : 0, exposure, group});
            }
        }
        long n = rows.size();
        long exposed = rows.stream().filter(r -> r[1] == 1).count();
        long dearer = rows.stream().filter(r -> r[0] == 1).count();
        double mde = MinimumDetectableEffect.oddsRatio(n, n == 0 ? 0 : (double) exposed / n,
                n == 0 ? new double[] {1} : new double[] {(double) dearer / n, 1 - (double) dearer / n},
                options.alpha(), options.power());
        if (exposed < MIN_ARM || n - exposed < MIN_ARM) {
            return skipped(q, n, exposed, dearer, mde, options, new Text(
                    "Færre end " + MIN_ARM + " borgere svarede " + (exposed < MIN_ARM ? "Ja" : "Nej") + " i den tidligere runde.",
                    "Fewer than " + MIN_ARM + " citizens answered " + (exposed < MIN_ARM ? "Ja" : "Nej") + " in the earlier round."));
        }
        List<Integer> present = rows.stream().map(r -> r[2]).distinct().sorted().toList();
        List<String> names = new ArrayList<>();
        names.add(q.key() + YesNoQuestions.YES);
        for (int g = 1; g < present.size(); g++) {
            names.add(TARGET_GROUP + groups.get(present.get(g)));
        }
        int[] y = new int[rows.size()];
        double[][] x = new double[rows.size()][names.size()];
        for (int i = 0; i < rows.size(); i++) {
            int[] r = rows.get(i);
            y[i] = r[0];
            x[i][0] = r[1];
            int level = present.indexOf(r[2]);
            if (level > 0) {
                x[i][level] = 1;
            }
        }
        try {
            ModelFit fit = Models.logistic(y, x, names).withConfLevel(options.confLevel());
            Coefficient c = fit.coefficient(names.getFirst());
            if (!Double.isFinite(c.standardError())) {
                return skipped(q, n, exposed, dearer, mde, options, new Text("Modellen gav ingen endelig standardfejl.",
                        "The model gave no finite standard error."));
            }
            return new Predictor(q.key(), YesNoQuestions.YES, n, exposed, dearer, c.oddsRatio(), c.confLow(), c.confHigh(),
                    options.confLevel(), c.pValue(), Double.NaN, mde, METHOD, Optional.empty());
        } catch (ModelFitException | IllegalArgumentException e) {
            return skipped(q, n, exposed, dearer, mde, options, new Text(
                    "Modellen kunne ikke tilpasses (" + e.getMessage() + ").",
                    "The model could not be fitted (" + e.getMessage() + ")."));
        }
    }

    private static Predictor skipped(Question q, long n, long exposed, long dearer, double mde, FollowUpOptions options,
                                     Text reason) {
        return new Predictor(q.key(), YesNoQuestions.YES, n, exposed, dearer, Double.NaN, Double.NaN, Double.NaN,
                options.confLevel(), Double.NaN, Double.NaN, mde, METHOD, Optional.of(reason));
    }
}
