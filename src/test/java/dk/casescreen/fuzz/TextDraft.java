package dk.casescreen.fuzz;

import java.util.random.RandomGenerator;

/** A text file (CSV or JSON) being mutated: its text, the encoding it will be written in, its name and what was done. */
final class TextDraft extends Draft {

    /** A mutation of a text draft; it records what it did in {@link TextDraft#step}. */
    @FunctionalInterface
    interface Op {
        void apply(TextDraft draft, RandomGenerator rng);
    }

    /** A mutation with the name it is listed under. */
    record Named(String name, Op op) {
    }

    String text;
    Encoding encoding = Encoding.UTF_8;

    TextDraft(String text, String fileName) {
        super(fileName);
        this.text = text;
    }

    /** The text written in the draft's encoding. */
    byte[] bytes() {
        return encoding.encode(text);
    }
}
