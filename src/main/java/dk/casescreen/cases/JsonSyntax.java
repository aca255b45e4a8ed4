package dk.casescreen.cases;

import dk.casescreen.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Says in Danish and English why a JSON case file does not parse, and where (line and character),
 * without the parser's own message: that names its classes and options and may repeat the text it
 * stumbled on, which could be personal data.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    /** The reason the file is not valid JSON, with the line and character where the parser stopped. */
    static Text reason(JacksonException e) {
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Text what;
        if (e instanceof StreamConstraintsException) {
            if (detail.contains("nesting depth")) {
                what = new Text("værdierne er indlejret for dybt", "the values are nested too deeply");
            } else if (detail.contains("Number value length")) {
                what = new Text("et tal har for mange cifre", "a number has too many digits");
            } else if (detail.contains("String value length") || detail.contains("Name length")) {
                what = new Text("en tekst eller et feltnavn er for langt", "a text or property name is too long");
            } else {
                what = new Text("filen overskrider en grænse for JSON-filer", "the file exceeds a limit for JSON files");
            }
        } else if (e instanceof UnexpectedEndOfInputException) {
            what = new Text("filen slutter midt i en JSON-værdi", "the file ends in the middle of a JSON value");
        } else if (detail.startsWith("Trailing token")) {
            what = new Text("der står mere efter den første JSON-værdi", "there is more after the first JSON value");
        } else {
            what = new Text("ugyldig JSON-syntaks", "invalid JSON syntax");
        }
        TokenStreamLocation at = e.getLocation();
        boolean located = at != null && at.getLineNr() > 0;
        return new Text("filen er ikke gyldig JSON: " + what.da()
                + (located ? " (linje " + at.getLineNr() + ", tegn " + at.getColumnNr() + ")" : ""),
                "the file is not valid JSON: " + what.en()
                + (located ? " (line " + at.getLineNr() + ", character " + at.getColumnNr() + ")" : ""));
    }
}
