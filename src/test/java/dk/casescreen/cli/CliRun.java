package dk.casescreen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in-process, with what it printed.
 *
 * @param exit the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
