package dk.casescreen.analysis;

import dk.casescreen.Text;
import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads action-opportunity definitions ({@code data-schema/action-opportunities.json}) and checks them against a sheet. */
public final class OpportunityDefinitions {

    private static final String BUILT_IN = "/dk/casescreen/schema/action-opportunities.json";

    private OpportunityDefinitions() {
    }

    /** The built-in definitions, checked against {@code sheet}. */
    public static List<OpportunityDefinition> builtIn(ScreeningSheet sheet) {
        try (InputStream in = OpportunityDefinitions.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("action-opportunities.json is missing from the jar");
            }
            return read(in, "action-opportunities.json", sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Definitions from a file, checked against {@code sheet}. */
    public static List<OpportunityDefinition> load(Path file, ScreeningSheet sheet) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), sheet);
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + ": cannot be read: " + e.getMessage());
        }
    }

    private static List<OpportunityDefinition> read(InputStream in, String name, ScreeningSheet sheet) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getOriginalMessage());
        }
        List<OpportunityDefinition> list = new ArrayList<>();
        JsonNode items = root.get("opportunities");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException(name + ": needs an array \"opportunities\"");
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode o = items.get(i);
            String where = name + " (opportunities[" + i + "])";
            List<Condition> conditions = new ArrayList<>();
            JsonNode all = o.get("all");
            if (all == null || !all.isArray() || all.isEmpty()) {
                throw new IllegalArgumentException(where + ": needs a non-empty array \"all\"");
            }
            for (JsonNode c : all) {
                String key = c.path("question").asString("");
                Question q = sheet.question(key).orElseThrow(() -> new IllegalArgumentException(
                        where + ": the sheet " + sheet.version() + " has no question '" + key + "'"));
                Set<String> answers = new LinkedHashSet<>();
                c.path("answers").forEach(a -> answers.add(a.asString()));
                for (String code : answers) {
                    if (q.option(code).isEmpty()) {
                        throw new IllegalArgumentException(where + ": '" + code + "' is not an answer of " + key);
                    }
                }
                conditions.add(new Condition(key, answers));
            }
            list.add(new OpportunityDefinition(o.path("id").asString(""), text(o.get("label"), where),
                    text(o.get("action"), where), conditions));
        }
        return list;
    }

    private static Text text(JsonNode node, String where) {
        if (node == null || !node.has("da") || !node.has("en")) {
            throw new IllegalArgumentException(where + ": labels need \"da\" and \"en\"");
        }
        return new Text(node.get("da").asString(), node.get("en").asString());
    }
}
