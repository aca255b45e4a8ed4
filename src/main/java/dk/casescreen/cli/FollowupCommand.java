package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.CaseLoader;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.ScreeningRound;
import dk.casescreen.followup.FollowUp;
import dk.casescreen.followup.FollowUpException;
import dk.casescreen.followup.FollowUpResult;
import dk.casescreen.report.FollowUpJson;
import dk.casescreen.report.FollowUpText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casescreen followup}: the same citizens across screening rounds, who became dearer and who cheaper. */
@Command(name = "followup", mixinStandardHelpOptions = true,
        description = {"Follows citizens across screening rounds: each ROUND is a file or folder of one round, at least two,"
                + " in date order. Links citizens by municipality and case number and compares consecutive rounds.",
                "Prints a summary; --json writes the whole result."})
final class FollowupCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ROUND", description = "A file or folder with the cases of one round, earliest first.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Write the follow-up as JSON to FILE ('-' for standard output).")
    private String json;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class,
            description = "Language of the summary (default: da).")
    private Language language;

    @Option(names = "--round", paramLabel = "YYYY-MM-DD", converter = RoundOption.DateConverter.class,
            description = "The screening date of cases with an empty Dato cell, one per ROUND in the same order (repeatable).")
    private List<LocalDate> roundDates = new ArrayList<>();

    @Override
    public Integer call() {
        boolean da = language == Language.DA;
        try {
            if (inputs.size() < 2) {
                return fail(da ? "en opfølgning kræver mindst to runder (ROUND), men fik " + inputs.size()
                        : "a follow-up needs at least two ROUNDs, got " + inputs.size());
            }
            if (!roundDates.isEmpty() && roundDates.size() != inputs.size()) {
                return fail(da ? "--round skal gives én gang pr. runde (" + inputs.size() + "), ikke " + roundDates.size() + " gange"
                        : "--round must be given once per ROUND (" + inputs.size() + "), not " + roundDates.size() + " times");
            }
            List<CaseTable> rounds = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                CaseLoader loader = Cases.files(List.of(inputs.get(i))).lenient();
                if (!roundDates.isEmpty()) {
                    loader = loader.defaultScreeningDate(roundDates.get(i));
                }
                LoadResult loaded = loader.load();
                if (loaded.report().errorCount() > 0) {
                    spec.commandLine().getErr().println("casescreen followup: " + inputs.get(i) + ": "
                            + (da ? loaded.report().rejected() + " rækker afvist (kør casescreen validate for at se hvorfor); bruger de "
                                    + loaded.report().accepted() + " gyldige rækker"
                                    : loaded.report().rejected() + " rows rejected (run casescreen validate to see why); using the "
                                    + loaded.report().accepted() + " valid rows"));
                }
                CaseTable cases = loaded.cases();
                List<ScreeningRound> dated = cases.rounds().stream().filter(ScreeningRound::isDated).toList();
                if (dated.isEmpty()) {
                    return fail(da ? inputs.get(i) + " har ingen daterede sager; angiv datoen med --round"
                            : inputs.get(i) + " has no dated cases; give the date with --round");
                }
                rounds.add(cases);
            }
            FollowUpResult result = FollowUp.of(rounds);
            if (json != null) {
                String text = FollowUpJson.render(result);
                if (json.equals("-")) {
                    spec.commandLine().getOut().print(text);
                    return ExitCodes.OK;
                }
                Files.writeString(Path.of(json), text, StandardCharsets.UTF_8);
            }
            spec.commandLine().getOut().print(FollowUpText.render(result, language));
            return ExitCodes.OK;
        } catch (FollowUpException e) {
            return fail(e.describe(language));
        } catch (CaseLoadException e) {
            return fail(e.describe(language));
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail((da ? "kan ikke skrive " : "cannot write ") + json + ": " + e.getMessage());
        }
    }

    private int fail(String reason) {
        spec.commandLine().getErr().println("casescreen followup: " + reason);
        return ExitCodes.UNREADABLE;
    }
}
