package dk.casescreen.stats;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs resampling replicates in fixed-size blocks, in parallel, so that the result does not depend on the
 * number of threads. Replicates {@code b * SIZE} to {@code (b + 1) * SIZE - 1} form block b, whose random
 * numbers come from its own XoRoShiRo128++ generator: the generator seeded from {@code seed} and jumped
 * ahead b times by 2^64 draws. A block's random stream therefore depends only on (seed, b), never on the
 * thread that runs it, and the streams of different blocks cannot overlap.
 */
final class ReplicateBlocks {

    /** Replicates per block. Changing it changes every seeded result. */
    static final int SIZE = 256;

    /** The work of one block: replicates {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    interface Body {
        void run(int block, int from, int to, UniformRandomProvider random);
    }

    private ReplicateBlocks() {
    }

    /**
     * Runs the blocks of {@code replicates} replicates on the pool (the common pool when null), each
     * with its own generator.
     */
    static void run(int replicates, long seed, ForkJoinPool pool, Body body) {
        if (replicates < 1) {
            throw new IllegalArgumentException("the number of replicates must be at least 1, was " + replicates);
        }
        int blocks = (replicates + SIZE - 1) / SIZE;
        UniformRandomProvider[] generators = generators(seed, blocks);
        Runnable all = () -> IntStream.range(0, blocks).parallel().forEach(b ->
                body.run(b, b * SIZE, Math.min(replicates, (b + 1) * SIZE), generators[b]));
        inPool(pool, all);
    }

    /** Runs {@code task} in {@code pool}, or in the caller and the common pool when the pool is null. */
    static void inPool(ForkJoinPool pool, Runnable task) {
        if (pool == null) {
            task.run();
        } else {
            pool.submit(task).join();
        }
    }

    /** The generators of blocks 0 .. blocks - 1: the seeded generator jumped ahead 0, 1, 2, ... times. */
    static UniformRandomProvider[] generators(long seed, int blocks) {
        long s0 = splitMix(seed);
        long s1 = splitMix(s0 ^ seed);
        JumpableUniformRandomProvider root =
                (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
        UniformRandomProvider[] generators = new UniformRandomProvider[blocks];
        for (int b = 0; b < blocks; b++) {
            generators[b] = root.jump(); // a copy of the current state; root moves on by 2^64 draws
        }
        return generators;
    }

    /** The SplitMix64 output function applied to {@code x + golden gamma}: turns a seed into a state word. */
    private static long splitMix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Shuffles {@code a} in place (Fisher-Yates). */
    static void shuffle(int[] a, UniformRandomProvider random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
