package dk.casescreen.request;

import dk.casescreen.Language;
import dk.casescreen.report.HtmlReport;
import dk.casescreen.report.ReportInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** Writes a report into a folder under a name made from its title. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes the report into {@code folder} (made if missing); an existing report of the same name is
     * replaced only when {@code force}.
     */
    public static Path write(Path folder, ReportInput input, boolean force) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputFile.OutputException((input.language() == Language.DA ? "mappen kan ikke oprettes: " : "cannot create the folder: ")
                    + folder);
        }
        Path file = folder.resolve(name(input));
        OutputFile.check(file, force, input.language());
        String html = HtmlReport.render(input);
        OutputFile.write(file, force, input.language(), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    /** The report's file name, made from its title, language and edition: {@code rapport-odense.html}, {@code report-odense-shared.html}. */
    public static String name(ReportInput input) {
        String slug = Normalizer.normalize(input.title().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
                Normalizer.Form.NFD).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (input.language() == Language.DA ? "rapport-" : "report-") + (slug.isEmpty() ? "kommune" : slug)
                + (input.disclosure().isShared() ? (input.language() == Language.DA ? "-delt" : "-shared") : "") + ".html";
    }
}
