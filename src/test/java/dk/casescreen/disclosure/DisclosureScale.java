package dk.casescreen.disclosure;

import java.util.BitSet;
import java.util.Random;

/**
 * Times {@link Suppression#protect} on publications of the sizes a report makes (not a test; run by hand:
 * {@code java -cp target/classes:target/test-classes:<commons-math3.jar> dk.casescreen.disclosure.DisclosureScale}).
 * With the argument {@code plans} it counts the complementary cells that plans hide instead (how much a
 * change to suppression costs the reader): 300 random publications of the property test and 30 of the kind
 * below (six seeds of five sizes).
 */
final class DisclosureScale {

    private DisclosureScale() {
    }

    static Publication publication(long seed, int n, int municipalities, int[] levels) {
        Random rnd = new Random(seed);
        Universe u = new Universe();
        int attributes = levels.length;
        for (int r = 0; r < n; r++) {
            int[] v = new int[attributes + 1];
            v[0] = rnd.nextInt(municipalities);
            for (int a = 1; a <= attributes; a++) {
                double x = rnd.nextDouble();
                v[a] = Math.min(levels[a - 1] - 1, (int) (levels[a - 1] * x * x));
            }
            u.add(1, v);
        }
        Publication pub = new Publication();
        for (int m = -1; m < municipalities; m++) {
            String g = m < 0 ? "Alle" : "Kommune " + m;
            BitSet group = u.where(0, m);
            pub.add(g, "I alt", "Antal", group);
            for (int a = 1; a <= attributes; a++) {
                for (int l = 0; l < levels[a - 1]; l++) {
                    pub.add(g + ": A" + a, "niveau " + l, "Antal", Universe.and(group, u.where(a, l)));
                }
                for (int b = a + 1; b <= attributes; b++) {
                    for (int la = 0; la < levels[a - 1]; la++) {
                        for (int lb = 0; lb < levels[b - 1]; lb++) {
                            pub.add(g + ": A" + a + "×A" + b, "niveau " + la, "niveau " + lb,
                                    Universe.and(group, u.where(a, la, b, lb)));
                        }
                    }
                }
            }
        }
        return pub;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("plans")) {
            plans();
            return;
        }
        if (args.length == 0 || args[0].equals("small")) run("~800 cells, 120 cases", publication(1, 120, 8, new int[] {3, 3, 3, 3}));
        if (args.length == 0 || args[0].equals("large")) run("~400 cells, 683 cases", publication(2, 683, 3, new int[] {3, 4, 3, 4}));
    }

    private static void plans() {
        Random rnd = new Random(7);
        long[] random = new long[2];
        for (int i = 0; i < 300; i++) {
            count(SuppressionPropertyTest.randomPublication(rnd), i % 4 == 0 ? 3 : 5, random);
        }
        long[] larger = new long[2];
        int[][] sizes = {{120, 8}, {683, 3}, {300, 20}, {683, 10}, {400, 5}};
        for (int seed = 10; seed < 16; seed++) {
            for (int[] size : sizes) {
                count(publication(seed, size[0], size[1], new int[] {3, 4, 3, 4}), Suppression.DEFAULT_THRESHOLD, larger);
            }
        }
        System.out.printf("300 random publications: %d secondary cells holding %d cases%n", random[0], random[1]);
        System.out.printf("30 larger publications: %d secondary cells holding %d cases%n", larger[0], larger[1]);
    }

    private static void count(Publication pub, int threshold, long[] total) {
        SuppressionPlan plan = Suppression.protect(pub, threshold);
        for (CellRef c : plan.secondary()) {
            total[0]++;
            total[1] += c.count();
        }
    }

    private static void run(String name, Publication pub) {
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            SuppressionPlan plan = Suppression.protect(pub);
            long t1 = System.nanoTime();
            AuditResult audit = DisclosureAudit.audit(pub, plan);
            long t2 = System.nanoTime();
            System.out.printf("%s: %d cells, %d primary, %d secondary; protect %.2f s, audit %.2f s, passed %s%n",
                    name, pub.size(), plan.primary().size(), plan.secondary().size(), (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, audit.passed());
        }
    }
}
