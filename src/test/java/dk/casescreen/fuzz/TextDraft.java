package dk.casescreen.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A text file (CSV or JSON) being mutated: its text, the encoding it will be written in, its name and what was done. */
final class TextDraft {

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
    String fileName;
    final List<String> planted = new ArrayList<>();
    final List<String> steps = new ArrayList<>();

    TextDraft(String text, String fileName) {
        this.text = text;
        this.fileName = fileName;
    }

    /** Records one step of the mutation. */
    void step(String what) {
        steps.add(what);
    }

    /** Plants a CPR number: remembers it for the check of the output. */
    void planted(String cpr, String where) {
        planted.add(cpr);
        steps.add("CPR " + Names.visible(cpr) + " in " + where);
    }

    /** The text written in the draft's encoding. */
    byte[] bytes() {
        return encoding.encode(text);
    }
}
