package dk.casescreen.disclosure;

import dk.casescreen.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link DisclosureAudit} found: the protection interval of every sensitive cell and which of them are
 * narrower than the threshold (Hundepool et al. 2012, §4.3).
 */
public final class AuditResult {

    private final List<ProtectionInterval> intervals;
    private final List<Leak> leaks;
    private final int threshold;

    AuditResult(List<ProtectionInterval> intervals, int threshold) {
        this.intervals = List.copyOf(intervals);
        this.threshold = threshold;
        List<Leak> l = new ArrayList<>();
        for (ProtectionInterval i : intervals) {
            if (i.leaks(threshold)) {
                l.add(new Leak(i.cell(), i.lower(), i.upper()));
            }
        }
        this.leaks = List.copyOf(l);
    }

    /** Returns the protection interval of each sensitive cell, in publication order. */
    public List<ProtectionInterval> intervals() {
        return intervals;
    }

    /** Returns the sensitive cells whose interval is narrower than the threshold. */
    public List<Leak> leaks() {
        return leaks;
    }

    /** Returns true when no sensitive cell can be narrowed below the threshold. */
    public boolean passed() {
        return leaks.isEmpty();
    }

    /** Returns the threshold the audit used. */
    public int threshold() {
        return threshold;
    }

    /** Returns {@link #describe(Language)} in Danish. */
    public String describe() {
        return describe(Language.DA);
    }

    /**
     * Returns one line per leak naming its table, row and column and the interval a reader can work out;
     * it never names cases or member rows.
     */
    public String describe(Language lang) {
        if (leaks.isEmpty()) {
            return lang == Language.DA ? "Ingen små tal kan regnes ud." : "No small count can be worked out.";
        }
        StringBuilder sb = new StringBuilder();
        for (Leak l : leaks) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(Texts.leak(lang, l.cell(), l.lower(), l.upper()));
        }
        return sb.toString();
    }
}
