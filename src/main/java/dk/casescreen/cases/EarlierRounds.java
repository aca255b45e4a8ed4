package dk.casescreen.cases;

import java.time.LocalDate;

/**
 * Which records of a load with several screening rounds belong to a round before the latest dated one.
 * Those were screened under the sheet version of their own time, so reading them with a newer version
 * is no reason to warn about the version or about answers to questions retired after their dates.
 */
final class EarlierRounds {

    private final RoundIndex rounds;
    private final CaseColumns.Builder records;
    private final int latest;

    EarlierRounds(RoundIndex rounds, CaseColumns.Builder records) {
        this.rounds = rounds;
        this.records = records;
        int last = -1;
        for (int r = 0; r < rounds.count(); r++) {
            if (rounds.dated(r)) {
                last = r;
            }
        }
        this.latest = last;
    }

    /** Whether record {@code record} lies in a dated round before the latest one. */
    private boolean earlier(int record) {
        if (latest <= 0 || record < 0) {
            return false;
        }
        int round = rounds.of(record);
        return rounds.dated(round) && round < latest;
    }

    /** Whether the file has records and every one of them lies in a round before the latest. */
    boolean wholeFile(ParsedRows rows) {
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            int record = rows.record(i);
            if (record < 0) {
                continue;
            }
            if (!earlier(record)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether row {@code row} of the file is a record of an earlier round screened before {@code date}. */
    boolean screenedBefore(ParsedRows rows, int row, LocalDate date) {
        int record = rows.record(row);
        return earlier(record) && records.epochDay(record) < date.toEpochDay();
    }
}
