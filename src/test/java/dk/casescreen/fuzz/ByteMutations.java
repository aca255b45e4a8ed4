package dk.casescreen.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Mutations of a file's bytes, whatever its format: flipped bytes, truncation, inserted and deleted bytes. */
final class ByteMutations {

    /** A mutation of bytes that records what it did in {@code steps}. */
    @FunctionalInterface
    interface Op {
        byte[] apply(byte[] bytes, RandomGenerator rng, List<String> steps);
    }

    /** A mutation with the name it is listed under. */
    record Named(String name, Op op) {
    }

    /** Every mutation, in the order the fuzz test cycles through them. */
    static final List<Named> ALL = List.of(
            new Named("flip bytes", ByteMutations::flip),
            new Named("truncate", ByteMutations::truncate),
            new Named("insert bytes", ByteMutations::insert),
            new Named("delete bytes", ByteMutations::delete));

    private ByteMutations() {
    }

    static byte[] flip(byte[] bytes, RandomGenerator rng, List<String> steps) {
        byte[] out = bytes.clone();
        int flips = 1 + rng.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            int at = rng.nextInt(out.length);
            out[at] ^= (byte) (1 + rng.nextInt(255));
        }
        steps.add("flip " + flips + " bytes");
        return out;
    }

    static byte[] truncate(byte[] bytes, RandomGenerator rng, List<String> steps) {
        int at = bytes.length == 0 ? 0 : rng.nextInt(bytes.length);
        steps.add("truncate at byte " + at + " of " + bytes.length);
        return Arrays.copyOf(bytes, at);
    }

    static byte[] insert(byte[] bytes, RandomGenerator rng, List<String> steps) {
        int at = rng.nextInt(bytes.length + 1);
        byte[] junk = new byte[1 + rng.nextInt(32)];
        rng.nextBytes(junk);
        byte[] out = new byte[bytes.length + junk.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(bytes, at, out, at + junk.length, bytes.length - at);
        steps.add("insert " + junk.length + " random bytes at " + at);
        return out;
    }

    static byte[] delete(byte[] bytes, RandomGenerator rng, List<String> steps) {
        if (bytes.length == 0) {
            steps.add("delete nothing from an empty file");
            return bytes;
        }
        int at = rng.nextInt(bytes.length);
        int length = Math.min(bytes.length - at, 1 + rng.nextInt(64));
        byte[] out = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
        steps.add("delete " + length + " bytes at " + at);
        return out;
    }
}
