package dk.casescreen.reference;

import dk.casescreen.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The figures published from the 2022 screening (DOMAIN.md), as computable definitions. */
public final class PublishedFigures {

    private static final String RESOURCE = "/dk/casescreen/reference/published-figures.json";

    private PublishedFigures() {
    }

    /** Every published share casescreen knows. */
    public static List<PublishedFigure> all() {
        try (InputStream in = PublishedFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("published-figures.json is missing from the jar");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<PublishedFigure> figures = new ArrayList<>();
            for (JsonNode f : root.get("figures")) {
                JsonNode range = f.get("range");
                JsonNode among = f.get("among");
                figures.add(new PublishedFigure(f.get("id").asString(), f.get("question").asString(), strings(f.get("answers")),
                        range == null ? OptionalInt.empty() : OptionalInt.of(range.get(0).asInt()),
                        range == null ? OptionalInt.empty() : OptionalInt.of(range.get(1).asInt()),
                        among == null ? Optional.empty() : Optional.of(among.get("question").asString()),
                        among == null ? List.of() : strings(among.get("answers")),
                        f.has("of") && f.get("of").asString().equals("all"), f.get("share").asDouble(),
                        FigureBound.valueOf(f.get("bound").asString().toUpperCase(java.util.Locale.ROOT)),
                        f.has("n") ? OptionalInt.of(f.get("n").asInt()) : OptionalInt.empty(),
                        f.has("count") ? OptionalInt.of(f.get("count").asInt()) : OptionalInt.empty(),
                        FigureScope.valueOf(f.get("scope").asString().toUpperCase(java.util.Locale.ROOT)), f.get("source").asString(),
                        new Text(f.get("da").asString(), f.get("en").asString())));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null) {
            array.forEach(a -> list.add(a.asString()));
        }
        return list;
    }
}
