package dk.casescreen.followup;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The citizens of two rounds linked by municipality code and case number (the case number is
 * pseudonymous within a municipality and kept across rounds). Should a round hold a key twice, its first
 * row is used.
 *
 * @param earlier    the earlier round
 * @param later      the later round
 * @param first      the earlier round's rows of the linked citizens
 * @param second     the later round's rows of the same citizens, in the same order
 * @param onlyFirst  the earlier round's rows of citizens not in the later round
 * @param onlySecond the later round's rows of citizens not in the earlier round
 */
record Linking(CaseTable earlier, CaseTable later, int[] first, int[] second, int[] onlyFirst, int[] onlySecond) {

    static Linking of(CaseTable earlier, CaseTable later) {
        Map<String, Integer> laterRows = rowsByKey(later);
        Map<String, Integer> earlierRows = rowsByKey(earlier);
        IntStream.Builder first = IntStream.builder();
        IntStream.Builder second = IntStream.builder();
        IntStream.Builder onlyFirst = IntStream.builder();
        earlierRows.forEach((key, row) -> {
            Integer match = laterRows.get(key);
            if (match == null) {
                onlyFirst.add(row);
            } else {
                first.add(row);
                second.add(match);
            }
        });
        int[] onlySecond = laterRows.entrySet().stream().filter(e -> !earlierRows.containsKey(e.getKey()))
                .mapToInt(Map.Entry::getValue).toArray();
        return new Linking(earlier, later, first.build().toArray(), second.build().toArray(), onlyFirst.build().toArray(),
                onlySecond);
    }

    private static Map<String, Integer> rowsByKey(CaseTable table) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<CaseRecord> records = table.records();
        for (int i = 0; i < records.size(); i++) {
            rows.putIfAbsent(key(records.get(i)), i);
        }
        return rows;
    }

    static String key(CaseRecord r) {
        return r.municipalityCode().strip() + '\u0000' + r.caseNumber().strip();
    }

    /** The number of linked citizens. */
    int size() {
        return first.length;
    }

    /** The earlier record of the i-th linked citizen. */
    CaseRecord before(int i) {
        return earlier.record(first[i]);
    }

    /** The later record of the i-th linked citizen. */
    CaseRecord after(int i) {
        return later.record(second[i]);
    }
}
