package dk.casescreen;

import java.util.ArrayList;
import java.util.List;

/** Every written form of a CPR number the project must recognise, for the tests of every output path. */
public final class CprForms {

    private CprForms() {
    }

    /** 010190-1234 with each dash, space and slash, none, dotted, and the nine digits Excel leaves. */
    public static List<String> all() {
        List<String> forms = new ArrayList<>();
        for (char sep : new char[] {'-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\u00ad', ' ', '\u00a0', '\u202f',
                '\u2009', '/'}) {
            forms.add("010190" + sep + "1234");
        }
        forms.add("0101901234");
        forms.add("31.12.99-4321");
        forms.add("31.12.99\u20134321");
        forms.add("101901234");
        return forms;
    }

    /** The digits that must never be shown, whatever the form: day and month with the serial number. */
    public static List<String> giveaways() {
        return List.of("1234", "4321");
    }
}
