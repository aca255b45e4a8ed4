package dk.casescreen.analysis;

import dk.casescreen.Text;
import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads hypothesis specs ({@code data-schema/hypotheses.json} and user files of the same form). */
public final class HypothesisSpecs {

    private static final String BUILT_IN = "/dk/casescreen/schema/hypotheses.json";
    private static final List<String> DEFAULT_CONFOUNDERS = List.of("target_group", "behaviour_decisive");

    private HypothesisSpecs() {
    }

    /** The built-in hypotheses (the slide's ten and the extra H11), checked against {@code sheet}. */
    public static List<HypothesisSpec> builtIn(ScreeningSheet sheet) {
        try (InputStream in = HypothesisSpecs.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("hypotheses.json is missing from the jar");
            }
            return read(in, "hypotheses.json", sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hypotheses from a user's file, checked against {@code sheet}.
     *
     * @throws IllegalArgumentException naming the file and the hypothesis when it is not valid
     */
    public static List<HypothesisSpec> load(Path file, ScreeningSheet sheet) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), sheet);
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + ": cannot be read: " + e.getMessage());
        }
    }

    /** The decision rule declared in the built-in {@code hypotheses.json}: {@link DecisionRule#DEFAULT}. */
    public static DecisionRule builtInRule() {
        return DecisionRule.DEFAULT;
    }

    /** Reads the decision rule of the built-in {@code hypotheses.json}, the one source of {@link DecisionRule#DEFAULT}. */
    static DecisionRule readBuiltInRule() {
        try (InputStream in = HypothesisSpecs.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("hypotheses.json is missing from the jar");
            }
            JsonNode rule = JsonMapper.builder().build().readTree(in).get("decision_rule");
            String adjustment = rule.get("adjustment").asString();
            DecisionRule.Adjustment kind = switch (adjustment) {
                case "holm" -> DecisionRule.Adjustment.HOLM;
                case "benjamini_hochberg", "bh" -> DecisionRule.Adjustment.BENJAMINI_HOCHBERG;
                default -> throw new IllegalStateException("hypotheses.json: unknown adjustment '" + adjustment + "'");
            };
            return new DecisionRule(rule.get("alpha").asDouble(), kind,
                    rule.get("smallest_effect_of_interest").asDouble(), rule.get("rare_prevalence").asDouble(),
                    rule.get("power").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins lists of specs, refusing duplicate ids. */
    public static List<HypothesisSpec> concat(List<HypothesisSpec> first, List<HypothesisSpec> second) {
        List<HypothesisSpec> all = new ArrayList<>(first);
        Set<String> ids = new HashSet<>(first.stream().map(HypothesisSpec::id).toList());
        for (HypothesisSpec s : second) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("The hypothesis id " + s.id() + " is used twice");
            }
            all.add(s);
        }
        return all;
    }

    private static List<HypothesisSpec> read(InputStream in, String name, ScreeningSheet sheet) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode items = root.get("hypotheses");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException(name + ": needs an array \"hypotheses\"");
        }
        List<String> defaults = new ArrayList<>(DEFAULT_CONFOUNDERS);
        if (root.has("default_confounders")) {
            defaults.clear();
            root.get("default_confounders").forEach(c -> defaults.add(c.asString()));
        }
        List<HypothesisSpec> specs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode h = items.get(i);
            String id = h.path("id").asString("");
            String where = name + " (hypotheses[" + i + "] " + id + ")";
            if (id.isBlank() || !ids.add(id)) {
                throw new IllegalArgumentException(where + ": needs a unique \"id\"");
            }
            List<Condition> exposure = new ArrayList<>();
            JsonNode any = h.path("exposure").get("any");
            if (any == null || !any.isArray() || any.isEmpty()) {
                throw new IllegalArgumentException(where + ": needs \"exposure\": {\"any\": [{\"question\", \"answers\"}]}");
            }
            for (JsonNode c : any) {
                Set<String> answers = new LinkedHashSet<>();
                c.path("answers").forEach(a -> answers.add(a.asString()));
                exposure.add(new Condition(c.path("question").asString(""), answers));
            }
            List<String> confounders = defaults;
            if (h.has("confounders")) {
                List<String> own = new ArrayList<>();
                h.get("confounders").forEach(c -> own.add(c.asString()));
                confounders = own;
            }
            HypothesisSpec spec = new HypothesisSpec(id, text(h.get("claim"), where, "claim"), exposure,
                    h.has("exposure_label") ? text(h.get("exposure_label"), where, "exposure_label") : new Text(id, id),
                    h.has("slides") ? Optional.of(text(h.get("slides"), where, "slides")) : Optional.empty(), confounders,
                    h.has("rationale") ? Optional.of(text(h.get("rationale"), where, "rationale")) : Optional.empty(),
                    h.path("extra").asBoolean(false));
            spec.checkAgainst(sheet, where);
            specs.add(spec);
        }
        return specs;
    }

    private static Text text(JsonNode node, String where, String field) {
        if (node == null || !node.has("da") || !node.has("en")) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" needs \"da\" and \"en\"");
        }
        return new Text(node.get("da").asString(), node.get("en").asString());
    }
}
