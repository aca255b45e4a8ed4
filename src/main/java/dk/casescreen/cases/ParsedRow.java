package dk.casescreen.cases;

import java.util.ArrayList;
import java.util.List;

/** One data row after parsing: the record it makes (when it has no errors) and its problems. */
final class ParsedRow {

    private final Location location;
    private final Location caseNumberLocation;
    private final CaseRecord record;
    private final List<Problem> problems;

    ParsedRow(Location location, Location caseNumberLocation, CaseRecord record, List<Problem> problems) {
        this.location = location;
        this.caseNumberLocation = caseNumberLocation;
        this.record = record;
        this.problems = new ArrayList<>(problems);
    }

    Location location() {
        return location;
    }

    /** The cell of the case number. */
    Location caseNumberLocation() {
        return caseNumberLocation;
    }

    /** The record, which exists whenever municipality and case number could be read. */
    CaseRecord record() {
        return record;
    }

    List<Problem> problems() {
        return problems;
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
