package dk.casescreen.fuzz;

import java.util.ArrayList;
import java.util.List;

/** What every mutated file carries: its name, the CPR numbers planted in it and the steps taken, for the mutant's name. */
abstract class Draft {

    String fileName;
    final List<String> planted = new ArrayList<>();
    final List<String> steps = new ArrayList<>();

    Draft(String fileName) {
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
}
