package dk.casescreen.fuzz;

import java.util.List;

/**
 * One mutated input file.
 *
 * @param name     says which mutant of which seed it is and every mutation applied, so that a failure
 *                 can be reproduced ({@code -Dcasescreen.fuzz.seed=S -Dcasescreen.fuzz.only=I})
 * @param fileName the name the file is written under (it may itself hold a planted CPR number)
 * @param bytes    the file's content
 * @param planted  the CPR numbers planted in the file or its name, as written
 */
record Mutant(String name, String fileName, byte[] bytes, List<String> planted) {

    Mutant {
        planted = List.copyOf(planted);
    }

    @Override
    public String toString() {
        return name;
    }
}
