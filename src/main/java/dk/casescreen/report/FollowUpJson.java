package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.ScreeningRound;
import dk.casescreen.followup.AgreementCell;
import dk.casescreen.followup.ChangeShare;
import dk.casescreen.followup.CostChange;
import dk.casescreen.followup.FollowUpResult;
import dk.casescreen.followup.PairedTest;
import dk.casescreen.followup.Predictor;
import dk.casescreen.followup.RoundComparison;
import dk.casescreen.followup.SelfReport;
import dk.casescreen.followup.Transition;
import dk.casescreen.stats.TestResult;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link FollowUpResult} as JSON that validates against
 * {@code data-schema/followup-result.schema.json}. Deterministic: the same result gives byte-identical
 * text. Numbers that are not defined (NaN) are written as {@code null}; cases are never listed.
 */
public final class FollowUpJson {

    /** The version of the JSON layout. */
    public static final String FORMAT_VERSION = "1.0.0";
    /** The questions whose first-round answers describe the citizens only in the earlier round. */
    public static final List<String> PROFILE_QUESTIONS = List.of("target_group", "cost_band", "gender");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FollowUpJson() {
    }

    /** The follow-up as a JSON document. */
    public static String render(FollowUpResult f) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("synthetic", f.synthetic());
        root.put("origin", f.origin().name().toLowerCase(Locale.ROOT));
        if (f.synthetic()) {
            root.put("data_label_da", "SYNTETISK: syntetiske data, ingen rigtige borgere");
            root.put("data_label_en", "SYNTHETIC: synthetic data, no real citizens");
        }
        ArrayNode rounds = root.putArray("rounds");
        for (ScreeningRound r : f.rounds()) {
            ObjectNode rn = rounds.addObject();
            rn.put("number", r.number());
            date(rn, "date", r.date());
            date(rn, "last_date", r.lastDate());
            rn.put("cases", r.cases());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Problem p : f.warnings()) {
            warnings.addObject().put("rule", p.rule().name().toLowerCase(Locale.ROOT)).put("da", p.describe(Language.DA))
                    .put("en", p.describe(Language.EN));
        }
        ArrayNode notes = root.putArray("notes");
        for (Text t : f.notes()) {
            notes.addObject().put("da", t.da()).put("en", t.en());
        }
        ArrayNode comparisons = root.putArray("comparisons");
        f.comparisons().forEach(c -> comparisons.add(comparison(c)));
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ObjectNode comparison(RoundComparison c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("first_round", c.firstRound());
        node.put("second_round", c.secondRound());
        node.put("comparable", c.comparable());
        node.put("linked", c.linked());
        ObjectNode onlyFirst = node.putObject("only_first");
        onlyFirst.put("count", c.onlyFirst().count());
        onlyFirst.set("profile", profile(c.onlyFirst().profile()));
        node.put("only_second", c.onlySecond());
        ArrayNode transitions = node.putArray("transitions");
        for (Transition t : c.transitions()) {
            transitions.addObject().put("from", t.from()).put("to", t.to()).put("count", t.count());
        }
        ObjectNode band = node.putObject("band_change");
        band.put("n", c.bandChange().n());
        for (ChangeShare s : c.bandChange().shares()) {
            ObjectNode sn = band.putObject(s.direction().code());
            sn.put("count", s.count());
            number(sn, "share", s.estimate());
            number(sn, "conf_low", s.confLow());
            number(sn, "conf_high", s.confHigh());
        }
        number(band, "conf_level", c.bandChange().confLevel());
        band.put("method", c.bandChange().method());
        ArrayNode tests = node.putArray("tests");
        for (PairedTest t : c.tests()) {
            ObjectNode tn = tests.addObject();
            tn.put("id", t.id());
            tn.put("method", t.result().method());
            number(tn, "statistic", t.result().statistic());
            number(tn, "df", t.result().df());
            number(tn, "p_value", t.pValue());
            number(tn, "p_adjusted", t.pAdjusted());
            tn.put("n", t.result().n());
        }
        ArrayNode predictors = node.putArray("predictors");
        for (Predictor p : c.predictors()) {
            ObjectNode pn = predictors.addObject();
            pn.put("question", p.question()).put("exposure", p.exposure()).put("n", p.n()).put("exposed", p.exposed())
                    .put("dearer", p.dearer());
            number(pn, "odds_ratio", p.estimate());
            number(pn, "conf_low", p.confLow());
            number(pn, "conf_high", p.confHigh());
            number(pn, "conf_level", p.confLevel());
            number(pn, "p_value", p.pValue());
            number(pn, "p_adjusted", p.pAdjusted());
            number(pn, "minimum_detectable_effect", p.mde());
            pn.put("method", p.method());
            if (p.skipped().isPresent()) {
                pn.putObject("skipped").put("da", p.skipped().get().da()).put("en", p.skipped().get().en());
            } else {
                pn.putNull("skipped");
            }
        }
        if (c.selfReport().isPresent()) {
            SelfReport s = c.selfReport().get();
            ObjectNode sn = node.putObject("self_report");
            ArrayNode table = sn.putArray("table");
            for (AgreementCell cell : s.table()) {
                table.addObject().put("reported", cell.reported()).put("realised", cell.realised()).put("count", cell.count());
            }
            TestResult k = s.kappa();
            ObjectNode kn = sn.putObject("kappa");
            number(kn, "estimate", k.estimate());
            number(kn, "conf_low", k.confLow());
            number(kn, "conf_high", k.confHigh());
            number(kn, "conf_level", k.confLevel());
            number(kn, "statistic", k.statistic());
            number(kn, "p_value", k.pValue());
            kn.put("n", k.n());
            kn.put("method", k.method());
        } else {
            node.putNull("self_report");
        }
        if (c.annualCostChange().isPresent()) {
            CostChange cc = c.annualCostChange().get();
            ObjectNode cn = node.putObject("annual_cost_change");
            cn.put("n", cc.n());
            number(cn, "median", cc.median());
            number(cn, "median_conf_low", cc.medianConfLow());
            number(cn, "median_conf_high", cc.medianConfHigh());
            number(cn, "total", cc.total());
            number(cn, "total_conf_low", cc.totalConfLow());
            number(cn, "total_conf_high", cc.totalConfHigh());
            number(cn, "conf_level", cc.confLevel());
            cn.put("method", cc.method());
        } else {
            node.putNull("annual_cost_change");
        }
        return node;
    }

    private static ObjectNode profile(Profile p) {
        ObjectNode node = JSON.createObjectNode();
        for (String key : PROFILE_QUESTIONS) {
            ArrayNode answers = node.putArray(key);
            p.question(key).ifPresent(q -> {
                for (AnswerShare s : q.answers()) {
                    ObjectNode an = answers.addObject();
                    an.put("answer", s.code()).put("count", s.count()).put("n", s.n());
                    number(an, "share", s.estimate());
                    number(an, "conf_low", s.confLow());
                    number(an, "conf_high", s.confHigh());
                }
            });
        }
        ObjectNode age = node.putObject("age");
        var summary = p.question("age").flatMap(QuestionProfile::numbers);
        age.put("n", summary.map(s -> s.n()).orElse(0L));
        number(age, "median", summary.map(s -> s.median()).orElse(Double.NaN));
        number(age, "q1", summary.map(s -> s.q1()).orElse(Double.NaN));
        number(age, "q3", summary.map(s -> s.q3()).orElse(Double.NaN));
        number(age, "min", summary.map(s -> s.min()).orElse(Double.NaN));
        number(age, "max", summary.map(s -> s.max()).orElse(Double.NaN));
        return node;
    }

    private static void date(ObjectNode node, String name, java.util.Optional<java.time.LocalDate> date) {
        if (date.isPresent()) {
            node.put(name, date.get().toString());
        } else {
            node.putNull(name);
        }
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
