package dk.casescreen.report;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.followup.AgreementCell;
import dk.casescreen.followup.Direction;
import dk.casescreen.followup.RoundComparison;
import dk.casescreen.followup.Transition;
import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counts of the report's follow-up as published cells. Their atoms are citizens, not rows: a citizen
 * in the latest round is its row in the report's cases (the latest round), so the follow-up's counts and
 * the rest of the report's share atoms; a citizen only in the earlier round gets an index past the latest
 * round's rows. Every count is checked against the {@link RoundComparison} it publishes.
 */
final class FollowUpCells {

    /** The dimensions of every follow-up cell: one group with the cost-band counts and the population counts. */
    static final List<String> DIMENSIONS = List.of("followup", "cost_band", "cost_trend");
    static final String COST_BAND = "cost_band";
    static final String COST_TREND = "cost_trend";

    /**
     * The published counts of the last comparison.
     *
     * @param comparison  the comparison they count
     * @param linked      citizens screened in both rounds
     * @param ended       citizens screened only in the earlier round
     * @param added       citizens screened only in the latest round
     * @param bands       the cost-band codes in sheet order (rows and columns of {@code transitions})
     * @param transitions earlier band × later band
     * @param banded      linked citizens with a cost band in both rounds (the total of the transitions)
     * @param change      dearer, same and cheaper, in {@link Direction} order
     * @param trendCodes  the first round's answers to "Udvikling i udgift over tid" (rows of {@code selfReport}); empty without the question
     * @param selfReport  reported answer × realised direction
     * @param costN       linked citizens with an annual cost in both rounds, when any has
     */
    record Numbers(RoundComparison comparison, ReportCells.Cell linked, ReportCells.Cell ended, ReportCells.Cell added,
                   List<String> bands, ReportCells.Cell[][] transitions, ReportCells.Cell banded, List<ReportCells.Cell> change,
                   List<String> trendCodes, ReportCells.Cell[][] selfReport, Optional<ReportCells.Cell> costN) {

        /** The transition cells in one list (row by row). */
        List<ReportCells.Cell> transitionList() {
            List<ReportCells.Cell> all = new ArrayList<>();
            for (ReportCells.Cell[] row : transitions) {
                all.addAll(List.of(row));
            }
            return all;
        }

        /** The self-report cells in one list (row by row). */
        List<ReportCells.Cell> selfReportList() {
            List<ReportCells.Cell> all = new ArrayList<>();
            for (ReportCells.Cell[] row : selfReport) {
                all.addAll(List.of(row));
            }
            return all;
        }
    }

    private FollowUpCells() {
    }

    /** The key a citizen is linked by across rounds: municipality code and case number (as the follow-up links them). */
    static String key(CaseRecord r) {
        return r.municipalityCode().strip() + '\u0000' + r.caseNumber().strip();
    }

    /** Each own citizen of the last comparison's two rounds with its atom index (see the class comment). */
    static Map<String, Integer> atoms(ReportInput in) {
        Map<String, Integer> atoms = new LinkedHashMap<>();
        CaseTable snapshot = in.cases();
        for (int i = 0; i < snapshot.size(); i++) {
            atoms.putIfAbsent(key(snapshot.record(i)), i);
        }
        if (in.followUp().isEmpty()) {
            return atoms;
        }
        int next = snapshot.size();
        for (CaseRecord r : in.followUp().get().earlier().records()) {
            if (!atoms.containsKey(key(r))) {
                atoms.put(key(r), next++);
            }
        }
        return atoms;
    }

    /** The atoms of citizens seen only in the earlier round (indices past the latest round's rows); empty without a follow-up. */
    static BitSet earlierOnly(ReportInput in) {
        BitSet set = new BitSet();
        for (int index : atoms(in).values()) {
            if (index >= in.cases().size()) {
                set.set(index);
            }
        }
        return set;
    }

    /** The follow-up's counts registered with the report, or empty when the report has no follow-up. */
    static Optional<Numbers> of(ReportInput in, ReportContext ctx) {
        if (in.followUp().isEmpty()) {
            return Optional.empty();
        }
        ReportFollowUp f = in.followUp().get();
        RoundComparison c = f.last();
        Map<String, Integer> atoms = atoms(in);
        Map<String, CaseRecord> before = firstByKey(f.earlier());
        Map<String, CaseRecord> after = firstByKey(f.later());
        BitSet linked = new BitSet();
        BitSet ended = new BitSet();
        BitSet added = new BitSet();
        before.keySet().forEach(k -> (after.containsKey(k) ? linked : ended).set(atoms.get(k)));
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> added.set(atoms.get(k)));
        String table = ctx.t("Udvikling: borgere", "Change: citizens");
        String column = ctx.t("Borgere", "Citizens");
        ReportCells.Cell linkedCell = cell(ctx, table, ctx.t("Screenet i begge runder", "Screened in both rounds"), column, linked, c.linked());
        ReportCells.Cell endedCell = cell(ctx, table, ctx.t("Kun i den tidligere runde", "Only in the earlier round"), column, ended,
                c.onlyFirst().count());
        ReportCells.Cell addedCell = cell(ctx, table, ctx.t("Kun i den seneste runde", "Only in the latest round"), column, added, c.onlySecond());

        List<String> bands = new ArrayList<>();
        f.earlier().sheet().question(COST_BAND).ifPresent(q -> bands.addAll(q.codes()));
        f.later().sheet().question(COST_BAND).ifPresent(q -> q.codes().stream().filter(b -> !bands.contains(b)).forEach(bands::add));
        int k = bands.size();
        BitSet[][] moves = new BitSet[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                moves[i][j] = new BitSet();
            }
        }
        BitSet[] directions = {new BitSet(), new BitSet(), new BitSet()};
        Question trend = f.earlier().sheet().question(COST_TREND).orElse(null);
        List<String> trendCodes = trend == null ? List.of() : trend.codes();
        BitSet[][] reported = new BitSet[trendCodes.size()][3];
        for (BitSet[] row : reported) {
            for (int d = 0; d < 3; d++) {
                row[d] = new BitSet();
            }
        }
        BitSet costed = new BitSet();
        for (Map.Entry<String, CaseRecord> e : before.entrySet()) {
            CaseRecord later = after.get(e.getKey());
            if (later == null) {
                continue;
            }
            int atom = atoms.get(e.getKey());
            CaseRecord earlier = e.getValue();
            if (earlier.annualCost().isPresent() && later.annualCost().isPresent()) {
                costed.set(atom);
            }
            int from = earlier.code(COST_BAND).map(bands::indexOf).orElse(-1);
            int to = later.code(COST_BAND).map(bands::indexOf).orElse(-1);
            if (from < 0 || to < 0) {
                continue;
            }
            moves[from][to].set(atom);
            Direction d = Direction.of(from, to);
            directions[d.ordinal()].set(atom);
            int r = earlier.code(COST_TREND).map(trendCodes::indexOf).orElse(-1);
            if (r >= 0) {
                reported[r][d.ordinal()].set(atom);
            }
        }
        String transitionTable = ctx.t("Udvikling: udgiftsinterval i den tidligere og den seneste runde",
                "Change: cost band in the earlier and the latest round");
        // bands no linked citizen was in, in either round, are left out (the band below 2 mio. kr. of comparison cases, often)
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            boolean used = false;
            for (int j = 0; j < k && !used; j++) {
                used = !moves[i][j].isEmpty() || !moves[j][i].isEmpty();
            }
            if (used) {
                kept.add(i);
            }
        }
        List<String> shownBands = kept.stream().map(bands::get).toList();
        ReportCells.Cell[][] transitions = new ReportCells.Cell[kept.size()][kept.size()];
        BitSet banded = new BitSet();
        for (int a = 0; a < kept.size(); a++) {
            for (int b = 0; b < kept.size(); b++) {
                int i = kept.get(a);
                int j = kept.get(b);
                String from = bands.get(i);
                String to = bands.get(j);
                long expected = c.transitions().stream().filter(t -> t.from().equals(from) && t.to().equals(to))
                        .mapToLong(Transition::count).sum();
                transitions[a][b] = cell(ctx, transitionTable, bandLabel(in, from, ctx), bandLabel(in, to, ctx), moves[i][j], expected);
                banded.or(moves[i][j]);
            }
        }
        String changeTable = ctx.t("Udvikling: dyrere, samme, billigere", "Change: dearer, same, cheaper");
        List<ReportCells.Cell> change = new ArrayList<>();
        for (Direction d : Direction.values()) {
            change.add(cell(ctx, changeTable, d.label().in(ctx.language()), column, directions[d.ordinal()],
                    c.bandChange().shares().get(d.ordinal()).count()));
        }
        ReportCells.Cell bandedCell = cell(ctx, changeTable, ctx.t("I alt", "In all"), column, banded, c.bandChange().n());

        ReportCells.Cell[][] self = new ReportCells.Cell[trendCodes.size()][3];
        String selfTable = ctx.t("Udvikling: forventet udvikling i udgift og faktisk udvikling",
                "Change: expected cost development and the realised change");
        for (int r = 0; r < trendCodes.size(); r++) {
            for (Direction d : Direction.values()) {
                String code = trendCodes.get(r);
                long expected = c.selfReport().map(s -> s.table().stream().filter(a -> a.reported().equals(code)
                        && a.realised().equals(d.code())).mapToLong(AgreementCell::count).sum()).orElse(0L);
                self[r][d.ordinal()] = cell(ctx, selfTable, trend.option(code).orElseThrow().label().in(ctx.language()),
                        d.label().in(ctx.language()), reported[r][d.ordinal()], expected);
            }
        }
        Optional<ReportCells.Cell> costN = c.annualCostChange().map(cost -> cell(ctx, ctx.t("Udvikling: årlig udgift", "Change: annual cost"),
                ctx.t("Borgere med en årlig udgift i begge runder", "Citizens with an annual cost in both rounds"), column, costed, cost.n()));
        Numbers numbers = new Numbers(c, linkedCell, endedCell, addedCell, shownBands, transitions, bandedCell, change, trendCodes, self, costN);
        declareStatistics(ctx, numbers);
        return Optional.of(numbers);
    }

    /** The name of a paired test's statistic for disclosure control. */
    static String statistic(String testId) {
        return "Udvikling: " + testId;
    }

    /** The name of the self-report kappa's statistic. */
    static final String KAPPA = "Udvikling: kappa";

    private static void declareStatistics(ReportContext ctx, Numbers n) {
        ReportCells.Cell[] transitions = n.transitionList().toArray(ReportCells.Cell[]::new);
        for (String id : List.of("bowker_cost_band", "stuart_maxwell_cost_band", "wilcoxon_cost_band")) {
            ctx.cells().statistic(statistic(id), transitions);
        }
        if (n.selfReport().length > 0) {
            ctx.cells().statistic(KAPPA, n.selfReportList().toArray(ReportCells.Cell[]::new));
        }
    }

    private static ReportCells.Cell cell(ReportContext ctx, String table, String row, String column, BitSet members, long expected) {
        ReportCells.Cell c = ctx.cell(table, row, column, members, DIMENSIONS);
        if (c.count() != expected) {
            throw new IllegalStateException("The report's follow-up count (" + table + ", " + row + ", " + column + ") is " + c.count()
                    + ", the follow-up's " + expected);
        }
        return c;
    }

    private static Map<String, CaseRecord> firstByKey(CaseTable table) {
        Map<String, CaseRecord> rows = new LinkedHashMap<>();
        for (CaseRecord r : table.records()) {
            rows.putIfAbsent(key(r), r);
        }
        return rows;
    }

    /** The label of a cost band ("2-3 mio. kr."), or its code when the sheet does not have it. */
    static String bandLabel(ReportInput in, String code, ReportContext ctx) {
        return in.cases().sheet().question(COST_BAND).flatMap(q -> q.option(code)).map(o -> o.label().in(ctx.language())).orElse(code);
    }
}
