package dk.casescreen.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Makes mutant number {@code index} of a seed, always the same one for the same seed and index.
 * Mutants take turns at the three seed files (CSV, JSON, workbook), and for each file cycle through
 * every listed mutation as the main one, so that a few hundred mutants use each of them; a random
 * earlier mutation, another encoding or a planted CPR number is sometimes added. A CPR number is only
 * planted where no later mutation can cut it or put a digit next to it, so that every planted number
 * is still a CPR number in the file the command reads.
 */
final class Mutator {

    private final Seeds seeds;
    private final long seed;

    Mutator(Seeds seeds, long seed) {
        this.seeds = seeds;
        this.seed = seed;
    }

    /** Mutant number {@code index}. */
    Mutant mutant(int index) {
        RandomGenerator rng = new SplittableRandom(seed * 1_000_003L + index);
        int kind = index / 3;
        try {
            return switch (index % 3) {
                case 0 -> text(index, rng, kind, "csv", seeds.csv(), CsvMutations.ALL, CprPlants.CSV);
                case 1 -> text(index, rng, kind, "json", seeds.json(), JsonMutations.ALL, CprPlants.JSON_FILE);
                default -> workbook(index, rng, kind);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("mutant " + index + " of seed " + seed, e);
        }
    }

    private Mutant text(int index, RandomGenerator rng, int kind, String ext, String seedText, List<TextDraft.Named> mutations,
                        List<TextDraft.Named> plants) {
        TextDraft d = new TextDraft(seedText, "cases." + ext);
        if (rng.nextBoolean()) {
            d.encoding = Encoding.OTHERS.getFirst();
        }
        int k = kind % (mutations.size() + 1 + ByteMutations.ALL.size() + plants.size());
        if (rng.nextInt(10) < 3) {
            pick(mutations, rng).op().apply(d, rng);
        }
        ByteMutations.Named bytes = null;
        if (k < mutations.size()) {
            mutations.get(k).op().apply(d, rng);
            if (rng.nextInt(5) == 0) {
                pick(plants, rng).op().apply(d, rng);
            }
        } else if (k == mutations.size()) {
            reencode(d, rng);
        } else if (k < mutations.size() + 1 + ByteMutations.ALL.size()) {
            bytes = ByteMutations.ALL.get(k - mutations.size() - 1);
        } else {
            plants.get(k - mutations.size() - 1 - ByteMutations.ALL.size()).op().apply(d, rng);
            if (rng.nextInt(4) == 0) {
                reencode(d, rng);
            }
        }
        byte[] content = d.bytes();
        if (bytes != null) {
            d.step("in " + d.encoding.name());
            content = bytes.op().apply(content, rng, d.steps);
        }
        return new Mutant(name(index, ext, d.steps), d.fileName, content, d.planted);
    }

    private static void reencode(TextDraft d, RandomGenerator rng) {
        d.encoding = pick(Encoding.OTHERS, rng);
        d.step("in " + d.encoding.name());
    }

    private Mutant workbook(int index, RandomGenerator rng, int kind) throws IOException {
        WorkbookDraft d = new WorkbookDraft(seeds.xlsx(), "cases.xlsx");
        List<WorkbookDraft.Named> xml = WorkbookMutations.ALL;
        List<WorkbookDraft.Named> poi = PoiMutations.ALL;
        List<WorkbookDraft.Named> plants = CprPlants.WORKBOOK;
        int k = kind % (xml.size() + poi.size() + ByteMutations.ALL.size() + plants.size() + ForeignFiles.ALL.size());
        if (k < xml.size()) {
            if (rng.nextInt(5) == 0 && !xml.get(k).name().equals("garble part")) {
                pick(plants, rng).op().apply(d, rng);
            } else if (rng.nextInt(10) < 3) {
                pick(xml, rng).op().apply(d, rng);
            }
            xml.get(k).op().apply(d, rng);
        } else if ((k -= xml.size()) < poi.size()) {
            if (rng.nextInt(5) == 0) {
                pick(plants.subList(0, 2), rng).op().apply(d, rng);
            }
            poi.get(k).op().apply(d, rng);
        } else if ((k -= poi.size()) < ByteMutations.ALL.size()) {
            if (rng.nextInt(10) < 3) {
                pick(xml, rng).op().apply(d, rng);
            }
            d.bytes = ByteMutations.ALL.get(k).op().apply(d.bytes, rng, d.steps);
        } else if ((k -= ByteMutations.ALL.size()) < plants.size()) {
            plants.get(k).op().apply(d, rng);
            if (rng.nextInt(10) < 3) {
                WorkbookDraft.Named more = pick(xml, rng);
                if (!more.name().equals("garble part")) {
                    more.op().apply(d, rng);
                }
            }
        } else {
            ForeignFiles.ALL.get(k - plants.size()).op().apply(d, rng);
            if (rng.nextInt(5) == 0) {
                plants.getLast().op().apply(d, rng);
            }
        }
        return new Mutant(name(index, "xlsx", d.steps), d.fileName, d.bytes, d.planted);
    }

    private String name(int index, String ext, List<String> steps) {
        return "seed " + seed + " mutant " + index + " " + ext + ": " + String.join(" + ", steps);
    }

    static <T> T pick(List<T> list, RandomGenerator rng) {
        return list.get(rng.nextInt(list.size()));
    }
}
