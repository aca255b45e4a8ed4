package dk.casescreen.report;

import dk.casescreen.analysis.CostAnalysis;
import dk.casescreen.analysis.CostConcentration;
import dk.casescreen.analysis.CostRatio;
import dk.casescreen.analysis.CostSummary;
import dk.casescreen.analysis.MunicipalityCost;
import dk.casescreen.analysis.OpportunityCost;
import dk.casescreen.stats.Concentration;
import java.math.BigDecimal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code cost} object of the analysis JSON and the {@code cost_ratio} of each hypothesis
 * ({@code data-schema/analysis-result.schema.json}). Totals are the exact sums of the input amounts,
 * written as decimal numbers without rounding; undefined numbers are {@code null}.
 */
final class CostJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CostJson() {
    }

    /** The {@code cost} object. */
    static ObjectNode cost(CostAnalysis c) {
        CostSummary all = c.overall();
        ObjectNode node = NODES.objectNode();
        node.put("cases", all.cases()).put("count", all.count());
        total(node, "total", all.total());
        number(node, "mean", all.estimate());
        number(node, "mean_ci_low", all.confLow());
        number(node, "mean_ci_high", all.confHigh());
        number(node, "median", all.median());
        ObjectNode quartiles = node.putObject("quartiles");
        number(quartiles, "q1", all.q1());
        number(quartiles, "median", all.median());
        number(quartiles, "q3", all.q3());
        node.put("missing", all.missing());
        number(node, "missing_share", all.missingShare());
        node.put("method", all.method());
        node.put("quantile_type", 7);
        ArrayNode byAnswer = node.putArray("by_answer");
        for (CostSummary s : c.byAnswer()) {
            ObjectNode a = summary(byAnswer.addObject().put("question", s.scope()).put("answer", s.group()), s);
            a.put("method", s.method());
        }
        ArrayNode byMunicipality = node.putArray("by_municipality");
        for (CostSummary s : c.byMunicipality().values()) {
            summary(byMunicipality.addObject().put("code", s.group()), s);
        }
        if (c.concentration().isPresent()) {
            node.set("concentration", concentration(c.concentration().get()));
        } else {
            node.putNull("concentration");
        }
        ArrayNode per1000 = node.putArray("per_1000");
        for (MunicipalityCost m : c.perPopulation()) {
            ObjectNode mn = per1000.addObject().put("code", m.municipalityCode()).put("name", m.name())
                    .put("rank", m.rank()).put("cases", m.cases()).put("imputed", m.imputed());
            total(mn, "known_total", m.knownTotal());
            number(mn, "total", m.total());
            mn.put("population", m.population());
            number(mn, "per_1000", m.estimate());
            number(mn, "ci_low", m.confLow());
            number(mn, "ci_high", m.confHigh());
        }
        ArrayNode opportunities = node.putArray("opportunities");
        for (OpportunityCost o : c.opportunities()) {
            ObjectNode on = opportunities.addObject().put("opportunity", o.opportunityId()).put("count", o.count())
                    .put("with_cost", o.withCost());
            total(on, "total", o.total());
        }
        return node;
    }

    private static ObjectNode summary(ObjectNode node, CostSummary s) {
        node.put("cases", s.cases()).put("count", s.count());
        total(node, "total", s.total());
        number(node, "mean", s.estimate());
        number(node, "mean_ci_low", s.confLow());
        number(node, "mean_ci_high", s.confHigh());
        number(node, "median", s.median());
        return node;
    }

    private static ObjectNode concentration(CostConcentration k) {
        ObjectNode node = NODES.objectNode();
        node.put("n", k.n());
        number(node, "top10_share", k.top10Share());
        number(node, "top20_share", k.top20Share());
        number(node, "gini", k.estimate());
        number(node, "gini_ci_low", k.confLow());
        number(node, "gini_ci_high", k.confHigh());
        node.put("method", k.method());
        ArrayNode lorenz = node.putArray("lorenz");
        for (Concentration.Point p : k.lorenz()) {
            ObjectNode pn = lorenz.addObject();
            number(pn, "case_share", p.caseShare());
            number(pn, "amount_share", p.amountShare());
        }
        return node;
    }

    /** The {@code cost_ratio} of one hypothesis. */
    static ObjectNode ratio(CostRatio r) {
        ObjectNode node = NODES.objectNode();
        number(node, "estimate", r.estimate());
        number(node, "ci_low", r.confLow());
        number(node, "ci_high", r.confHigh());
        number(node, "p_value", r.pValue());
        number(node, "p_adjusted", r.pAdjusted());
        node.put("n", r.n()).put("exposed", r.exposed());
        number(node, "unexposed_mean", r.unexposedMean());
        number(node, "difference_kr", r.difference());
        number(node, "difference_ci_low", r.differenceConfLow());
        number(node, "difference_ci_high", r.differenceConfHigh());
        node.put("method", r.method());
        ArrayNode notes = node.putArray("notes");
        r.notes().forEach(notes::add);
        if (r.skipped().isPresent()) {
            node.put("skipped", r.skipped().get());
        } else {
            node.putNull("skipped");
        }
        return node;
    }

    private static void total(ObjectNode node, String name, BigDecimal value) {
        node.put(name, value.scale() < 0 ? value.setScale(0) : value);
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
