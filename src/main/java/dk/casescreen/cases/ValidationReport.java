package dk.casescreen.cases;

import java.util.List;

/**
 * Everything found while loading case records: every problem located to file, worksheet, row
 * and column, the rows rejected, and per file how many rows were read, accepted and rejected.
 * Every row read is either accepted or listed as rejected.
 *
 * @param mode         the mode the load ran in
 * @param files        the row accounting per file (or worksheet)
 * @param problems     every problem, in file and row order
 * @param rejectedRows the rejected rows with their reasons
 * @param rounds       the screening rounds of the accepted cases, in date order, the undated last
 */
public record ValidationReport(LoadMode mode, List<FileAccount> files, List<Problem> problems,
                               List<RejectedRow> rejectedRows, List<ScreeningRound> rounds) {

    /** Creates a report; the lists are copied (a loader's compact, immutable list of problems is kept as it is). */
    public ValidationReport {
        files = List.copyOf(files);
        problems = problems instanceof ProblemList ? problems : List.copyOf(problems);
        rejectedRows = List.copyOf(rejectedRows);
        rounds = List.copyOf(rounds);
    }

    /** Creates a report that tells no screening rounds. */
    public ValidationReport(LoadMode mode, List<FileAccount> files, List<Problem> problems, List<RejectedRow> rejectedRows) {
        this(mode, files, problems, rejectedRows, List.of());
    }

    /** Whether the cases have screening dates, so that the rounds are worth telling. */
    public boolean hasDatedRounds() {
        return rounds.stream().anyMatch(ScreeningRound::isDated);
    }

    /** The data rows read, over all files. */
    public long read() {
        return files.stream().mapToLong(FileAccount::read).sum();
    }

    /** The rows that became case records. */
    public long accepted() {
        return files.stream().mapToLong(FileAccount::accepted).sum();
    }

    /** The rows that were rejected. */
    public long rejected() {
        return files.stream().mapToLong(FileAccount::rejected).sum();
    }

    /** The problems of one severity. */
    public List<Problem> problems(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    /** The number of errors. */
    public long errorCount() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    /** The number of warnings. */
    public long warningCount() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    /** Whether nothing at all was found: no errors and no warnings. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
