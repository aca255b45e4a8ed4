package dk.casescreen.reference.synth;

import java.util.SplittableRandom;

/** Random draws for the generator, all from an explicit, seeded source. */
final class Draw {

    private Draw() {
    }

    /** The index drawn with the given (not necessarily normalised) weights. */
    static int index(SplittableRandom rng, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** The logistic function. */
    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** A standard normal draw (Box-Muller). */
    static double normal(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A gamma draw with the given shape and scale 1 (Marsaglia-Tsang, shape at least 1). */
    static double gamma(SplittableRandom rng, double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(rng);
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(1 - rng.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
