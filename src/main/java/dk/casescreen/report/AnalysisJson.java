package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.analysis.ActionOpportunities;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.CaseOpportunities;
import dk.casescreen.analysis.Effect;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.OpportunityCount;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.FigureComparison;
import dk.casescreen.analysis.Reference;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.stats.TestResult;
import java.util.Locale;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link Analysis} as JSON that validates against {@code data-schema/analysis-result.schema.json}.
 * Deterministic: the same analysis gives byte-identical text. Numbers that are not defined (NaN) are
 * written as {@code null}.
 */
public final class AnalysisJson {

    /** The version of the JSON layout. */
    public static final String FORMAT_VERSION = "1.0.0";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AnalysisJson() {
    }

    /** The analysis as a JSON document; every string and key that looks like a CPR number is masked ({@link dk.casescreen.cases.MaskedJson}). */
    public static String render(Analysis a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.putObject("sheet").put("id", a.sheetId()).put("version", a.sheetVersion());
        root.put("synthetic", a.synthetic());
        root.put("origin", a.origin().name().toLowerCase(Locale.ROOT));
        if (a.synthetic()) {
            root.put("data_label_da", "SYNTETISK: syntetiske data, ingen rigtige borgere");
            root.put("data_label_en", "SYNTHETIC: synthetic data, no real citizens");
        }
        root.putObject("cases").put("all", a.cases()).put("screened", a.screened()).put("comparison", a.comparison());
        ObjectNode rule = root.putObject("decision_rule");
        number(rule, "alpha", a.rule().alpha());
        rule.put("adjustment", a.rule().adjustment().name().toLowerCase(Locale.ROOT));
        number(rule, "smallest_effect_of_interest", a.rule().smallestEffectOfInterest());
        number(rule, "rare_prevalence", a.rule().rarePrevalence());
        number(rule, "power", a.rule().power());
        root.set("profile", profile(a.profile()));
        a.reference().ifPresent(r -> root.set("reference", reference(r)));
        ArrayNode comparisons = root.putArray("reference_comparisons");
        for (FigureComparison c : a.comparisons()) {
            ObjectNode cn = comparisons.addObject();
            cn.put("figure", c.figure().id()).put("count", c.count()).put("n", c.n());
            number(cn, "share", c.estimate());
            number(cn, "conf_low", c.confLow());
            number(cn, "conf_high", c.confHigh());
            cn.put("position", c.position().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode municipalities = root.putArray("municipalities");
        new TreeMap<>(a.byMunicipality()).forEach((code, p) -> municipalities.addObject().put("code", code).put("cases", p.cases()));
        ArrayNode hypotheses = root.putArray("hypotheses");
        a.hypotheses().forEach(h -> hypotheses.add(hypothesis(h, a)));
        root.set("opportunities", opportunities(a.opportunities()));
        a.funnel().ifPresent(f -> root.set("funnel", funnel(f)));
        root.set("cost", CostJson.cost(a.cost()));
        return JSON.writeValueAsString(dk.casescreen.cases.MaskedJson.mask(root)) + "\n";
    }

    private static ObjectNode hypothesis(HypothesisResult h, Analysis a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", h.spec().id());
        node.put("extra", h.spec().extra());
        node.put("claim_da", h.spec().claim().da());
        node.put("claim_en", h.spec().claim().en());
        node.put("exposure_da", h.spec().exposureLabel().da());
        node.put("exposure_en", h.spec().exposureLabel().en());
        ArrayNode confounders = node.putArray("confounders");
        h.spec().confounders().forEach(confounders::add);
        ObjectNode prevalence = node.putObject("prevalence");
        prevalence.put("count", h.prevalence().count()).put("n", h.prevalence().n());
        number(prevalence, "share", h.prevalence().estimate());
        number(prevalence, "ci_low", h.prevalence().confLow());
        number(prevalence, "ci_high", h.prevalence().confHigh());
        if (h.association().isPresent()) {
            TestResult t = h.association().get();
            ObjectNode association = node.putObject("association");
            association.put("method", t.method());
            number(association, "statistic", t.statistic());
            number(association, "df", t.df());
            number(association, "p_value", t.pValue());
            association.put("n", t.n());
        } else {
            node.putNull("association");
        }
        effect(node, "effect", h.effect());
        effect(node, "above_below", h.aboveBelow());
        number(node, "p_adjusted", h.pAdjusted());
        ObjectNode family = node.putObject("family");
        family.put("size", h.family().size());
        family.put("adjustment", h.family().adjustment().name().toLowerCase(Locale.ROOT));
        ArrayNode members = family.putArray("members");
        h.family().members().forEach(members::add);
        ObjectNode simultaneous = node.putObject("simultaneous");
        number(simultaneous, "level", h.simultaneousPrevalence().confLevel());
        simultaneous.put("family", h.simultaneousPrevalence().family());
        number(simultaneous, "prevalence_ci_low", h.simultaneousPrevalence().confLow());
        number(simultaneous, "prevalence_ci_high", h.simultaneousPrevalence().confHigh());
        number(simultaneous, "effect_ci_low", h.simultaneousEffect().map(i -> i.confLow()).orElse(Double.NaN));
        number(simultaneous, "effect_ci_high", h.simultaneousEffect().map(i -> i.confHigh()).orElse(Double.NaN));
        number(node, "minimum_detectable_effect", h.minimumDetectableEffect());
        node.put("verdict", h.verdict().name().toLowerCase(Locale.ROOT));
        node.put("reason", h.reason().name().toLowerCase(Locale.ROOT));
        node.put("reason_da", new VerdictText(Language.DA).reason(h, a.rule()));
        node.put("reason_en", new VerdictText(Language.EN).reason(h, a.rule()));
        a.cost().hypothesis(h.spec().id()).ifPresentOrElse(r -> node.set("cost_ratio", CostJson.ratio(r)),
                () -> node.putNull("cost_ratio"));
        h.failure().ifPresent(f -> node.put("failure", f));
        h.aboveBelowFailure().ifPresent(f -> node.put("above_below_failure", f));
        return node;
    }

    private static void effect(ObjectNode parent, String name, java.util.Optional<Effect> effect) {
        if (effect.isEmpty()) {
            parent.putNull(name);
            return;
        }
        Effect e = effect.get();
        ObjectNode node = parent.putObject(name);
        node.put("measure", e.method());
        number(node, "estimate", e.estimate());
        number(node, "ci_low", e.confLow());
        number(node, "ci_high", e.confHigh());
        number(node, "p_value", e.pValue());
        node.put("n", e.n());
        node.put("exposed", e.exposed());
        ArrayNode notes = node.putArray("notes");
        e.notes().forEach(notes::add);
    }

    private static ObjectNode reference(Reference r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", r.kind().name().toLowerCase(Locale.ROOT)).put("title_da", r.labelledTitle().da())
                .put("title_en", r.labelledTitle().en()).put("origin", r.origin().name().toLowerCase(Locale.ROOT)).put("date", r.date());
        r.cases().ifPresentOrElse(c -> node.put("cases", c), () -> node.putNull("cases"));
        r.municipalities().ifPresentOrElse(c -> node.put("municipalities", c), () -> node.putNull("municipalities"));
        ArrayNode figures = node.putArray("figures");
        for (ReferenceFigure f : r.figures()) {
            ObjectNode fn = figures.addObject();
            fn.put("id", f.id()).put("question", f.question());
            ArrayNode answers = fn.putArray("answers");
            f.answers().forEach(answers::add);
            fn.put("subgroup", f.subgroup()).put("of_all", f.ofAll());
            number(fn, "share", f.share());
            fn.put("bound", f.bound().name().toLowerCase(Locale.ROOT));
            f.count().ifPresentOrElse(c -> fn.put("count", c), () -> fn.putNull("count"));
            f.n().ifPresentOrElse(c -> fn.put("n", c), () -> fn.putNull("n"));
            number(fn, "conf_low", f.confLow().orElse(Double.NaN));
            number(fn, "conf_high", f.confHigh().orElse(Double.NaN));
            fn.put("scope", f.scope().name().toLowerCase(Locale.ROOT));
            f.source().ifPresentOrElse(src -> fn.put("source", src), () -> fn.putNull("source"));
            fn.put("text_da", f.text().da()).put("text_en", f.text().en()).put("suppressed", f.suppressed());
        }
        return node;
    }

    private static ObjectNode profile(Profile p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("scope", p.scope());
        node.put("cases", p.cases());
        ArrayNode questions = node.putArray("questions");
        for (QuestionProfile q : p.questions()) {
            ObjectNode qn = questions.addObject();
            qn.put("key", q.question().key()).put("number", q.question().number());
            qn.put("answered", q.answered()).put("dont_know", q.dontKnow()).put("not_answered", q.notAnswered())
                    .put("not_applicable", q.notApplicable());
            ArrayNode answers = qn.putArray("answers");
            for (AnswerShare s : q.answers()) {
                ObjectNode an = answers.addObject();
                an.put("code", s.code()).put("count", s.count()).put("n", s.n());
                number(an, "share", s.estimate());
                number(an, "ci_low", s.confLow());
                number(an, "ci_high", s.confHigh());
            }
            q.numbers().ifPresent(n -> {
                ObjectNode nn = qn.putObject("numbers");
                nn.put("n", n.n());
                number(nn, "mean", n.mean());
                number(nn, "sd", n.sd());
                number(nn, "min", n.min());
                number(nn, "q1", n.q1());
                number(nn, "median", n.median());
                number(nn, "q3", n.q3());
                number(nn, "max", n.max());
            });
        }
        return node;
    }

    private static ObjectNode opportunities(ActionOpportunities o) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode definitions = node.putArray("definitions");
        for (OpportunityDefinition d : o.definitions()) {
            definitions.addObject().put("id", d.id()).put("label_da", d.label().da()).put("label_en", d.label().en());
        }
        ArrayNode counts = node.putArray("counts");
        for (OpportunityCount c : o.counts()) {
            counts.addObject().put("scope", c.scope()).put("opportunity", c.opportunityId()).put("count", c.count())
                    .put("n", c.n()).put("cases", c.cases());
        }
        ArrayNode cases = node.putArray("cases");
        for (CaseOpportunities c : o.cases()) {
            ObjectNode cn = cases.addObject().put("municipality", c.municipalityCode()).put("case_number", c.caseNumber());
            ArrayNode ids = cn.putArray("opportunities");
            c.opportunities().forEach(ids::add);
        }
        return node;
    }

    private static ObjectNode funnel(FunnelPlot f) {
        ObjectNode node = JSON.createObjectNode();
        number(node, "target_rate_per_1000", f.targetRate());
        number(node, "phi", f.phi());
        number(node, "tau2", f.tau2());
        ArrayNode points = node.putArray("points");
        for (FunnelPoint p : f.points()) {
            ObjectNode pn = points.addObject();
            pn.put("code", p.municipalityCode()).put("name", p.name()).put("cases", p.cases()).put("population", p.population());
            number(pn, "rate_per_1000", p.rate());
            number(pn, "z", p.z());
            pn.put("band", p.band().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
