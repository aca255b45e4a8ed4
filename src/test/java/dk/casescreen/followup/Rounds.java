package dk.casescreen.followup;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Location;
import dk.casescreen.sheet.ScreeningSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Small hand-built rounds for the follow-up tests. */
final class Rounds {

    static final LocalDate FIRST = LocalDate.of(2022, 10, 3);
    static final LocalDate SECOND = LocalDate.of(2024, 10, 7);

    private Rounds() {
    }

    /** A record of municipality 101 with the given case number, date, band and further answers ("key=code"). */
    static CaseRecord record(String caseNumber, LocalDate date, String band, Long cost, String... answers) {
        Map<String, Answer> map = new HashMap<>();
        if (band != null) {
            map.put("cost_band", new Answer.Choice(band));
        }
        for (String a : answers) {
            String[] kv = a.split("=");
            map.put(kv[0], new Answer.Choice(kv[1]));
        }
        return new CaseRecord("101", caseNumber, Optional.of(date), Optional.ofNullable(cost).map(BigDecimal::valueOf),
                Optional.empty(), map, new Location("round.csv", Optional.empty(), 2, Optional.empty()));
    }

    static CaseTable table(List<CaseRecord> records) {
        return new CaseTable(ScreeningSheet.builtIn("1.0.0"), records);
    }

    /**
     * A generated pair of rounds: {@code n} linked citizens, use_of_force Ja for about 30%, and the odds of
     * becoming dearer multiplied by {@code oddsRatio} for Ja (baseline 25%); every other Ja/Nej answer random.
     */
    static List<CaseTable> plantedPair(int n, double oddsRatio, long seed) {
        ScreeningSheet sheet = ScreeningSheet.builtIn("1.0.0");
        Random random = new Random(seed);
        List<String> bands = sheet.require("cost_band").codes();
        List<String> groups = sheet.require("target_group").codes();
        List<CaseRecord> first = new ArrayList<>();
        List<CaseRecord> second = new ArrayList<>();
        double base = Math.log(0.25 / 0.75);
        for (int i = 0; i < n; i++) {
            int band = 1 + random.nextInt(bands.size() - 2);
            boolean force = random.nextDouble() < 0.3;
            double eta = base + (force ? Math.log(oddsRatio) : 0);
            boolean dearer = random.nextDouble() < 1 / (1 + Math.exp(-eta));
            int later = dearer ? band + 1 : random.nextBoolean() ? band : band - 1;
            String group = "target_group=" + groups.get(random.nextInt(groups.size()));
            String conviction = "conviction=" + (random.nextDouble() < 0.2 ? "yes" : "no");
            first.add(record("c" + i, FIRST, bands.get(band), null, group, "use_of_force=" + (force ? "yes" : "no"), conviction));
            second.add(record("c" + i, SECOND, bands.get(later), null, group, "use_of_force=" + (force ? "yes" : "no"), conviction));
        }
        return List.of(table(first), table(second));
    }
}
