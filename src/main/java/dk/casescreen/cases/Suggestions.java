package dk.casescreen.cases;

import dk.casescreen.Text;
import dk.casescreen.sheet.AnswerOption;
import java.util.List;

/** The texts messages use to name candidates: municipalities a name may mean, options an answer may mean. */
final class Suggestions {

    private static final Text NONE = new Text("", "");

    private Suggestions() {
    }

    /** "; mente du Aarhus?" ("; did you mean Aarhus?") for the given municipalities, nothing for none. */
    static Text municipality(List<Municipality> near) {
        if (near.isEmpty()) {
            return NONE;
        }
        List<String> names = near.stream().map(Municipality::name).toList();
        return new Text("; mente du " + join(names, " eller ") + "?", "; did you mean " + join(names, " or ") + "?");
    }

    /** The labels of {@code options} in each language, joined as "A, B eller C" ("A, B or C"). */
    static Text labels(List<AnswerOption> options) {
        return new Text(join(options.stream().map(o -> o.label().da()).toList(), " eller "),
                join(options.stream().map(o -> o.label().en()).toList(), " or "));
    }

    private static String join(List<String> parts, String last) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + last + parts.getLast();
    }
}
