package dk.casescreen.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * Problems of one rule in one column of one file (or worksheet), as the text report gathers them:
 * how many, the first of them, the rows of the first few and the first few distinct values. It
 * keeps no more than that, so that gathering the half million warnings of a million cases costs
 * a few objects per column, not per problem.
 */
final class ProblemGroup {

    /** The rows kept for showing. */
    static final int ROWS_KEPT = 12;
    /** The distinct values kept for showing. */
    static final int VALUES_KEPT = 3;

    private final Problem first;
    private long count;
    private boolean sameMessage = true;
    private final List<Long> rows = new ArrayList<>();
    private final SequencedSet<String> values = new LinkedHashSet<>();
    private boolean moreValues;

    private ProblemGroup(Problem first) {
        this.first = first;
    }

    /** What problems share to be gathered in one group: rule, place (without row) and question; optionally the message. */
    record Key(Rule rule, String file, Optional<String> sheet, Optional<String> column, Optional<String> question,
               boolean wholeFile, dk.casescreen.Text message) {

        static Key of(Problem p, boolean byMessage) {
            Location l = p.location();
            return new Key(p.rule(), l.file(), l.sheet(), l.column(), p.question(), l.row() == 0, byMessage ? p.message() : null);
        }
    }

    /** The problems gathered by key, in the order of each group's first problem. */
    static Map<Key, ProblemGroup> gather(List<Problem> problems, boolean byMessage) {
        Map<Key, ProblemGroup> groups = new LinkedHashMap<>();
        for (Problem p : problems) {
            groups.computeIfAbsent(Key.of(p, byMessage), k -> new ProblemGroup(p)).add(p);
        }
        return groups;
    }

    private void add(Problem p) {
        count++;
        sameMessage &= p.message().equals(first.message());
        if (rows.size() < ROWS_KEPT) {
            rows.add(p.location().row());
        }
        p.value().ifPresent(v -> {
            if (values.size() < VALUES_KEPT) {
                values.add(v);
            } else if (!values.contains(v)) {
                moreValues = true;
            }
        });
    }

    /** The first problem of the group. */
    Problem first() {
        return first;
    }

    /** How many problems the group holds. */
    long count() {
        return count;
    }

    /** Whether every problem of the group has the same message. */
    boolean sameMessage() {
        return sameMessage;
    }

    /** The rows of the first {@value #ROWS_KEPT} problems. */
    List<Long> rows() {
        return rows;
    }

    /** The first {@value #VALUES_KEPT} distinct values, as typed. */
    SequencedSet<String> values() {
        return values;
    }

    /** Whether there are distinct values beyond those kept. */
    boolean moreValues() {
        return moreValues;
    }
}
