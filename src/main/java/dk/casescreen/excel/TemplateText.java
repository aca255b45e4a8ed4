package dk.casescreen.excel;

import dk.casescreen.Language;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.List;

/** The words of the fill-in workbook, in Danish and English. */
final class TemplateText {

    private final Language language;

    TemplateText(Language language) {
        this.language = language;
    }

    private String t(String da, String en) {
        return language == Language.DA ? da : en;
    }

    String casesSheet() {
        return t("Sager", "Cases");
    }

    String instructionsSheet() {
        return t("Vejledning", "Instructions");
    }

    String listsSheet() {
        return t("Lister", "Lists");
    }

    String title(ScreeningSheet sheet) {
        return t("Screening af særligt dyre enkeltsager (botilbud over 2 mio. kr. om året) - skemaversion ",
                "Screening of especially expensive cases (residential care above 2 mio. kr. a year) - sheet version ")
                + sheet.version() + t(". Én række pr. borger. Se fanen Vejledning.", ". One row per citizen. See the Instructions tab.");
    }

    String pickFromList() {
        return t("Vælg et svar fra listen (eller lad feltet stå tomt, hvis det ikke er besvaret).",
                "Pick an answer from the list (or leave the cell blank if it was not answered).");
    }

    String wholeNumber(Question q) {
        return t("Skriv et helt tal mellem " + q.min() + " og " + q.max() + ".",
                "Enter a whole number between " + q.min() + " and " + q.max() + ".");
    }

    String headingComment(Question q, ScreeningSheet sheet) {
        StringBuilder s = new StringBuilder();
        s.append(q.number()).append(". ").append(q.text().in(language));
        q.help().ifPresent(h -> s.append("\n").append(h.in(language)));
        q.condition().ifPresent(c -> {
            Question parent = sheet.require(c.questionKey());
            List<String> labels = c.answers().stream().map(code -> parent.option(code).orElseThrow().label().in(language)).sorted().toList();
            s.append("\n").append(t("Besvares kun, hvis spørgsmål ", "Answer only if question ")).append(parent.number())
                    .append(" = ").append(String.join(t(" eller ", " or "), labels))
                    .append(t("; ellers lades feltet tomt (det bliver gråt).", "; otherwise leave it blank (it turns grey)."));
        });
        if (q.type().isChoice()) {
            s.append("\n").append(t("Svar: ", "Answers: ")).append(q.optionList(language));
            if (q.options().stream().anyMatch(o -> o.dontKnow())) {
                s.append("\n").append(t("\"Ved ikke\" betyder, at svaret ikke kendes; tomt betyder ikke besvaret.",
                        "\"Don't know\" means the answer is not known; blank means not answered."));
            }
        } else {
            s.append("\n").append(wholeNumber(q));
        }
        return s.toString();
    }

    String fieldComment(String fieldKey) {
        return switch (fieldKey) {
            case "municipality" -> t("Kommunen, der har sagen. Vælg fra listen.", "The municipality holding the case. Pick from the list.");
            case "case_number" -> t("Jeres eget pseudonyme sagsnummer, entydigt i kommunen. Aldrig CPR-nummer eller navn.",
                    "Your own pseudonymous case number, unique within the municipality. Never a CPR number or a name.");
            case "screening_date" -> t("Datoen for gennemgangen, fx 01-10-2022.", "The date of the review, e.g. 01-10-2022.");
            case "annual_cost" -> t("Den præcise årlige udgift i kr. før refusion, hvis I kender den (ellers tom; intervallet i spørgsmål 3 er nok).",
                    "The exact annual cost in kr. before refusion, if known (otherwise blank; the band in question 3 suffices).");
            default -> t("Fri tekst. Skriv intet, der identificerer borgeren.", "Free text. Write nothing that identifies the citizen.");
        };
    }

    List<String> instructions(ScreeningSheet sheet) {
        List<String> lines = new ArrayList<>();
        lines.add(t("Screening af særligt dyre enkeltsager på voksenområdet", "Screening of especially expensive adult social cases"));
        lines.add(t("Skema: ", "Sheet: ") + sheet.title().in(language) + t(", version ", ", version ") + sheet.version());
        lines.add("");
        lines.add(t("Formål", "Purpose"));
        lines.add(t("Arket samler viden om kommunens dyreste sager, så I kan se, hvem borgerne er, hvorfor tilbuddene er blevet dyre, og hvad der kan gøres. casescreen læser arket og laver en rapport.",
                "The sheet gathers knowledge about the municipality's most expensive cases, so you can see who the citizens are, why the offers became expensive and what can be done. casescreen reads the sheet and writes a report."));
        lines.add("");
        lines.add(t("Hvilke borgere", "Which citizens"));
        lines.add(t("Voksne borgere i botilbud, hvor botilbud og dagtilbud tilsammen koster 2 mio. kr. om året eller mere (før statsrefusion). Én række pr. borger.",
                "Adults in residential care whose residence and day offer together cost 2 mio. kr. a year or more (before state refusion). One row per citizen."));
        lines.add("");
        lines.add(t("Sådan udfylder I arket", "How to fill in the sheet"));
        long asked = sheet.questions().stream().filter(q -> !q.isRetired()).count();
        lines.add(t("Udfyld fanen Sager: kommune, et sagsnummer, dato, og svarene på de " + asked + " spørgsmål. Vælg svarene fra rullelisterne. Holdes musen over en overskrift, vises en hjælpetekst.",
                "Fill in the Cases tab: municipality, a case number, the date, and the answers to the " + asked + " questions. Pick the answers from the drop-down lists. Hovering over a heading shows a help text."));
        for (Question q : sheet.retiredQuestions()) {
            lines.add(t("Spørgsmål " + q.number() + " (" + q.text().da() + ") er udgået fra " + q.retired().get().from()
                    + " og er ikke med i arket: " + q.retired().get().reason().da(),
                    "Question " + q.number() + " (" + q.text().en() + ") is retired from " + q.retired().get().from()
                    + " and not in the sheet: " + q.retired().get().reason().en()));
        }
        lines.add(t("\"Ved ikke\" er et svar: I har undersøgt det, men svaret kendes ikke. Et tomt felt betyder, at spørgsmålet ikke er besvaret. Brug ikke \"Ved ikke\" for at springe over.",
                "\"Don't know\" is an answer: you looked into it, but the answer is not known. A blank cell means the question was not answered. Do not use \"Don't know\" to skip."));
        lines.add(t("Spørgsmål 13, 18 og 22 besvares kun, når spørgsmålet før (12, 17, 21) er besvaret med Ja. Ellers bliver feltet gråt og skal stå tomt.",
                "Questions 13, 18 and 22 are answered only when the question before (12, 17, 21) is answered Yes. Otherwise the cell turns grey and must stay blank."));
        lines.add(t("Alder skrives som et helt tal. Samlet udgift vælges som interval (spørgsmål 3); den præcise årlige udgift kan skrives i kolonnen Årlig udgift i kr., hvis I kender den.",
                "Age is a whole number. Total cost is chosen as a band (question 3); the exact annual cost may be entered in the column Annual cost in kr. if you know it."));
        lines.add("");
        lines.add(t("Aldrig CPR-numre", "Never CPR numbers"));
        lines.add(t("Skriv aldrig CPR-nummer, navn eller andet, der identificerer borgeren. Brug jeres eget pseudonyme sagsnummer. casescreen afviser et ark med noget, der ligner et CPR-nummer.",
                "Never enter a CPR number, name or anything else that identifies the citizen. Use your own pseudonymous case number. casescreen refuses a sheet holding anything that looks like a CPR number."));
        lines.add("");
        lines.add(t("Når arket er udfyldt", "When the sheet is filled in"));
        lines.add(t("Gem arket som .xlsx og kør: casescreen validate ark.xlsx (tjekker hver række) og derefter rapporten. Arket kan åbnes igen og udvides med flere rækker.",
                "Save the sheet as .xlsx and run: casescreen validate sheet.xlsx (checks every row) and then the report. The sheet can be reopened and extended with more rows."));
        return lines;
    }
}
