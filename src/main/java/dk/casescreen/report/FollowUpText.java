package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.NumberFormats;
import dk.casescreen.Text;
import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.ScreeningRound;
import dk.casescreen.followup.AgreementCell;
import dk.casescreen.followup.ChangeShare;
import dk.casescreen.followup.CostChange;
import dk.casescreen.followup.Direction;
import dk.casescreen.followup.Dropouts;
import dk.casescreen.followup.FollowUpResult;
import dk.casescreen.followup.PairedTest;
import dk.casescreen.followup.Predictor;
import dk.casescreen.followup.RoundComparison;
import dk.casescreen.followup.SelfReport;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.PairedTests;
import dk.casescreen.stats.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain-text summary of a follow-up for the terminal, in Danish or English: numbers in the language's
 * format, p-values as gtsummary shows them written as a consultant reads them ("p &lt; 0,001", "p = 0,41"),
 * questions by their number and wording, each block's interval level said once. No case is shown.
 */
public final class FollowUpText {

    private static final String COST_TREND = "cost_trend";
    private static final String TARGET_GROUP = "target_group";
    private static final int NAME = 48;

    private final boolean da;
    private final NumberFormats n;
    private final ScreeningSheet sheet;
    private final Language language;
    private final StringBuilder out = new StringBuilder();
    private dk.casescreen.followup.FollowUpOptions options = dk.casescreen.followup.FollowUpOptions.defaults();

    private FollowUpText(Language language) {
        this.language = language;
        this.da = language == Language.DA;
        this.n = new NumberFormats(language);
        this.sheet = ScreeningSheet.builtIn();
    }

    /** The summary: the rounds, then for each consecutive pair the counts, band change, tests, predictors, self-report and cost change. */
    public static String render(FollowUpResult f, Language language) {
        FollowUpText text = new FollowUpText(language);
        text.options = f.options();
        text.write(f);
        return text.out.toString();
    }

    /**
     * A p-value with its relation, as a sentence reads it: "p &lt; 0,001", "p &gt; 0,9", "p = 0,41", "p = –" when
     * there is none; {@code name} is the symbol ("p", "justeret p").
     */
    static String pValue(NumberFormats n, String name, double p) {
        String value = n.pValue(p);
        if (value.startsWith("<") || value.startsWith(">")) {
            return name + " " + value.charAt(0) + " " + value.substring(1);
        }
        return name + " = " + value;
    }

    private void write(FollowUpResult f) {
        String label = f.synthetic() ? t(" (SYNTETISK)", " (SYNTHETIC)") : "";
        if (f.synthetic()) {
            line(0, t("SYNTETISKE DATA - ingen rigtige borgere", "SYNTHETIC DATA - no real citizens"));
        }
        line(0, t("Opfølgning over ", "Follow-up over ") + f.rounds().size() + t(" screeningsrunder", " screening rounds") + label);
        for (ScreeningRound r : f.rounds()) {
            line(1, r.describe(language));
        }
        for (RoundComparison c : f.comparisons()) {
            out.append('\n');
            line(0, t("Runde ", "Round ") + c.firstRound() + t(" til runde ", " to round ") + c.secondRound() + label);
            counts(c);
            if (!c.comparable()) {
                line(1, t("Ingen borgere er screenet i begge runder: der kan ikke sammenlignes noget.",
                        "No citizen was screened in both rounds: nothing can be compared."));
                continue;
            }
            bands(c);
            tests(c);
            predictors(c);
            c.selfReport().ifPresent(s -> selfReport(c, s));
            c.annualCostChange().ifPresent(this::cost);
        }
        if (!f.warnings().isEmpty()) {
            out.append('\n');
            line(0, t("Advarsler mellem runderne: ", "Warnings between rounds: ") + n.integer(f.warnings().size()));
            for (Problem p : f.warnings().subList(0, Math.min(10, f.warnings().size()))) {
                line(1, p.describe(language));
            }
        }
        for (Text note : f.notes()) {
            line(0, t("Bemærk: ", "Note: ") + note.in(language));
        }
    }

    private void counts(RoundComparison c) {
        line(1, t("Screenet i begge runder: ", "Screened in both rounds: ") + n.integer(c.linked()) + t(" borgere", " citizens"));
        Dropouts ended = c.onlyFirst();
        line(1, t("Kun i runde ", "Only in round ") + c.firstRound() + ": " + n.integer(ended.count())
                + t(" (ophørt, under 2 mio. kr. eller flyttet)", " (ended, below 2 mio. kr. or moved)"));
        Optional<QuestionProfile> groups = ended.count() == 0 ? Optional.empty() : ended.profile().question(TARGET_GROUP);
        groups.filter(g -> g.answered() > 0).ifPresent(g -> {
            List<String> shares = new ArrayList<>();
            for (AnswerShare a : g.answers()) {
                if (a.count() > 0) {
                    shares.add(answerLabel(g.question(), a.code()) + " " + n.percent(a.estimate()));
                }
            }
            line(2, t("Deres målgruppe i runde ", "Their target group in round ") + c.firstRound() + ": " + String.join(", ", shares));
        });
        line(1, t("Nye i runde ", "New in round ") + c.secondRound() + ": " + n.integer(c.onlySecond()));
    }

    private void bands(RoundComparison c) {
        out.append('\n');
        line(1, t("Udgiftsniveau fra runde til runde (", "Cost band from round to round (") + n.integer(c.bandChange().n())
                + t(" borgere med niveau i begge runder; andel med ", " citizens with a band in both rounds; share with ")
                + interval(c.bandChange().confLevel()) + ")");
        for (ChangeShare s : c.bandChange().shares()) {
            out.append(String.format("    %-10s %6s  %7s  (%s)%n", s.direction().label().in(language), n.integer(s.count()),
                    n.percent(s.estimate()), n.percentInterval(s.confLow(), s.confHigh())));
        }
    }

    private void tests(RoundComparison c) {
        out.append('\n');
        line(1, t("Test af ændring (p og p justeret efter Holm over testene)", "Tests of change (p and p Holm-adjusted over the tests)"));
        List<String> unchanged = new ArrayList<>();
        for (PairedTest test : c.tests()) {
            TestResult r = test.result();
            if (Double.isNaN(r.pValue()) && r.warnings().contains(PairedTests.NO_DISCORDANT_PAIRS)
                    && test.id().startsWith("mcnemar_")) {
                unchanged.add(sheet.question(test.id().substring("mcnemar_".length()))
                        .map(q -> String.valueOf(q.number())).orElse(test.id()));
                continue;
            }
            String name = shorten(testName(test), NAME);
            if (Double.isNaN(r.pValue())) {
                out.append(String.format("    %-" + NAME + "s %s%n", name, t("kan ikke testes", "cannot be tested")
                        + (r.warnings().isEmpty() ? "" : " (" + r.warnings().getFirst() + ")")));
            } else {
                out.append(String.format("    %-" + NAME + "s %-10s  %s%n", name, pValue(n, "p", r.pValue()),
                        pValue(n, t("justeret p", "adjusted p"), test.pAdjusted())));
            }
        }
        if (!unchanged.isEmpty()) {
            line(2, t("Ingen ændrede svar mellem runderne (ikke testet), spørgsmål: ",
                    "No answer changed between the rounds (not tested), questions: ") + String.join(", ", unchanged));
        }
    }

    private void predictors(RoundComparison c) {
        out.append('\n');
        double level = c.predictors().stream().mapToDouble(Predictor::confLevel).filter(v -> !Double.isNaN(v)).findFirst()
                .orElse(c.bandChange().confLevel());
        line(1, t("Svar i runde ", "Answers in round ") + c.firstRound() + t(" og at blive dyrere i runde ", " and becoming dearer in round ")
                + c.secondRound() + t(" (odds ratio for Ja mod Nej, justeret for målgruppe, med ",
                " (odds ratio of Yes against No, adjusted for target group, with ") + interval(level) + ")");
        String power = n.decimal(100 * options.power(), 0) + (da ? " %" : "%");
        String alpha = n.decimal(options.alpha(), 2);
        line(1, t("p er justeret efter Holm over spørgsmålene; \"mindste påviselige OR\" er den odds ratio, der ville blive fundet"
                        + " med " + power + " sandsynlighed på niveau " + alpha + ".",
                "p is Holm-adjusted over the questions; \"smallest detectable OR\" is the odds ratio that would be found with "
                        + power + " probability at level " + alpha + "."));
        line(1, t("Ikke signifikant betyder ikke \"ingen sammenhæng\", når den mindste påviselige OR er stor.",
                "Not significant does not mean \"no association\" when the smallest detectable OR is large."));
        out.append(String.format("    %-" + NAME + "s %-20s %-10s %-14s %s%n", t("Spørgsmål", "Question"), "OR (" + interval(level) + ")",
                "p", t("Holm-justeret", "Holm-adjusted"), t("mindste påviselige OR", "smallest detectable OR")));
        for (Predictor p : c.predictors()) {
            String name = shorten(questionText(p.question()), NAME);
            if (p.skipped().isPresent()) {
                out.append(String.format("    %-" + NAME + "s %s%n", name, p.skipped().get().in(language)));
            } else {
                out.append(String.format("    %-" + NAME + "s %-20s %-10s %-14s %s%n", name, n.decimal(p.estimate(), 2) + " ("
                        + n.decimal(p.confLow(), 2) + "–" + n.decimal(p.confHigh(), 2) + ")", pValue(n, "p", p.pValue()),
                        pValue(n, "p", p.pAdjusted()), n.decimal(p.mde(), 2)));
            }
        }
    }

    private void selfReport(RoundComparison c, SelfReport s) {
        TestResult k = s.kappa();
        Optional<Question> trend = sheet.question(COST_TREND);
        String question = trend.map(q -> q.number() + ". " + q.text().in(language)).orElse(COST_TREND);
        out.append('\n');
        line(1, t("Svaret på \"", "The answer to \"") + question + t("\" i runde ", "\" in round ") + c.firstRound()
                + t(" mod den faktiske ændring (", " against the actual change (") + n.integer(s.n()) + t(" borgere)", " citizens)"));
        line(2, "kappa " + n.decimal(k.estimate(), 2) + " (" + interval(k.confLevel()) + " "
                + (Double.isNaN(k.confLow()) ? "–" : n.decimal(k.confLow(), 2) + "–" + n.decimal(k.confHigh(), 2)) + ")");
        List<String> reported = new ArrayList<>();
        for (AgreementCell cell : s.table()) {
            if (!reported.contains(cell.reported())) {
                reported.add(cell.reported());
            }
        }
        StringBuilder head = new StringBuilder(String.format("    %-24s", ""));
        for (Direction d : Direction.values()) {
            head.append(String.format(" %10s", d.label().in(language)));
        }
        out.append(head.toString().stripTrailing()).append('\n');
        for (String code : reported) {
            String name = trend.map(q -> answerLabel(q, code)).orElse(code);
            StringBuilder row = new StringBuilder(String.format("    %-24s", shorten(name, 24)));
            for (Direction d : Direction.values()) {
                long count = s.table().stream().filter(a -> a.reported().equals(code) && a.realised().equals(d.code()))
                        .mapToLong(AgreementCell::count).sum();
                row.append(String.format(" %10s", n.integer(count)));
            }
            out.append(row).append('\n');
        }
    }

    private void cost(CostChange cc) {
        out.append('\n');
        line(1, t("Ændring i årlig udgift (", "Change in annual cost (") + n.integer(cc.n())
                + t(" borgere med udgift i begge runder; ", " citizens with a cost in both rounds; ") + interval(cc.confLevel()) + ")");
        line(2, t("Median: ", "Median: ") + n.kroner(cc.median()) + " (" + range(cc.medianConfLow(), cc.medianConfHigh()) + ")");
        line(2, t("I alt: ", "Total: ") + n.kroner(cc.total()) + " (" + range(cc.totalConfLow(), cc.totalConfHigh()) + ")");
    }

    private String interval(double level) {
        String percent = n.decimal(100 * level, Math.rint(100 * level) == 100 * level ? 0 : 1);
        return da ? percent + " %-interval" : percent + "% interval";
    }

    private String range(double low, double high) {
        return Double.isNaN(low) ? "–" : n.kroner(low) + " – " + n.kroner(high);
    }

    private String testName(PairedTest test) {
        return switch (test.id()) {
            case "bowker_cost_band" -> t("Udgiftsniveau: symmetri (Bowker)", "Cost band: symmetry (Bowker)");
            case "stuart_maxwell_cost_band" -> t("Udgiftsniveau: fordeling (Stuart-Maxwell)", "Cost band: distribution (Stuart-Maxwell)");
            case "wilcoxon_cost_band" -> t("Udgiftsniveau: op eller ned (Wilcoxon)", "Cost band: up or down (Wilcoxon)");
            default -> shorten(questionText(test.id().substring("mcnemar_".length())), NAME - 10) + " (McNemar)";
        };
    }

    private String questionText(String key) {
        return sheet.question(key).map(q -> q.number() + ". " + q.text().in(language)).orElse(key);
    }

    private String answerLabel(Question q, String code) {
        return q.option(code).map(o -> o.label().in(language)).orElse(code);
    }

    private String t(String danish, String english) {
        return da ? danish : english;
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
