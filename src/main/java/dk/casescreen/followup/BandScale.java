package dk.casescreen.followup;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost bands of two rounds in the sheet's order: the earlier sheet's options of {@code cost_band},
 * then any option only the later sheet has. "Dearer" means a later band position higher than the earlier.
 */
final class BandScale {

    static final String COST_BAND = "cost_band";

    private final List<String> codes;

    private BandScale(List<String> codes) {
        this.codes = List.copyOf(codes);
    }

    static BandScale of(ScreeningSheet earlier, ScreeningSheet later) {
        List<String> codes = new ArrayList<>();
        earlier.question(COST_BAND).ifPresent(q -> codes.addAll(q.codes()));
        later.question(COST_BAND).ifPresent(q -> q.codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add));
        return new BandScale(codes);
    }

    List<String> codes() {
        return codes;
    }

    int size() {
        return codes.size();
    }

    /** The record's band position, or -1 when it has no cost band. */
    int position(CaseRecord r) {
        return r.code(COST_BAND).map(codes::indexOf).orElse(-1);
    }
}
