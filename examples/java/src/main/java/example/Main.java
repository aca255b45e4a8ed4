package example;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.ValidationText;
import java.nio.file.Path;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Loads a case file, analyses it and prints the hypotheses as a table: casescreen used as a library. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the example.
     *
     * @param args the case file (CSV, Excel or JSON); {@code ../syntetisk-eksempel.csv} when none is given
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../syntetisk-eksempel.csv");

        // load: every row is accepted or rejected with its reasons
        LoadResult loaded = Cases.csv(file).lenient().load();
        System.out.println(ValidationText.render(loaded, Language.DA));
        CaseTable cases = loaded.cases();

        // analyse: profiles, the ten hypotheses, action opportunities
        Analysis analysis = Analyses.run(cases, AnalysisOptions.defaults(cases.sheet()));

        // read the results: one row per hypothesis
        Table table = Table.create("Hypoteser " + cases.origin().label(Language.DA),
                StringColumn.create("hypothesis"), StringColumn.create("verdict"), DoubleColumn.create("p_adjusted"));
        for (HypothesisResult h : analysis.hypotheses()) {
            table.stringColumn("hypothesis").append(h.spec().id());
            table.stringColumn("verdict").append(h.verdict().name());
            table.doubleColumn("p_adjusted").append(h.pAdjusted());
        }
        System.out.println(table.printAll());
    }
}
