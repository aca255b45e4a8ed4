package dk.casescreen.cases;

import dk.casescreen.Text;
import javax.xml.stream.XMLStreamException;

/**
 * The located, bilingual messages for a workbook whose parts are malformed: a part that is missing, a
 * sheet without a name, a relationship without a target, and the XML parser's own (English-only,
 * XML-line-numbered) complaints translated into what a spreadsheet user can act on.
 */
final class WorkbookDamage {

    private static final Text SAVE_AGAIN = new Text("gem den igen fra Excel", "save it again from Excel");

    private WorkbookDamage() {
    }

    /** A part of the workbook ({@code xl/workbook.xml}, a worksheet...) that the workbook needs but lacks. */
    static CaseLoadException missingPart(Location where, String part) {
        return part(where, part, new Text("delen mangler", "the part is missing"));
    }

    /** A part that is there but malformed: {@code what} says how, in both languages. */
    static CaseLoadException part(Location where, String part, Text what) {
        return CaseLoadException.unreadable(where, new Text(
                "projektmappen er beskadiget: " + part + ": " + what.da() + "; " + SAVE_AGAIN.da(),
                "the workbook is damaged: " + part + ": " + what.en() + "; " + SAVE_AGAIN.en()));
    }

    /** An XML parser error in a part, translated, with the parser's XML line and column as a last resort. */
    static CaseLoadException xml(Location where, String part, XMLStreamException e) {
        return part(where, part, translate(e));
    }

    /** What an XML parser error means, in both languages, never the parser's own English text. */
    static Text translate(XMLStreamException e) {
        if (e.getNestedException() instanceof Utf8XmlStream.NotUtf8 notUtf8) {
            return new Text("XML'en indeholder et ugyldigt tegn: bytes, der ikke er UTF-8 (XML-linje " + notUtf8.line() + ")",
                    "the XML holds an invalid character: bytes that are not UTF-8 (XML line " + notUtf8.line() + ")");
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        Text what;
        if (message.contains("must be terminated by the matching end-tag") || message.contains("end-tag")) {
            what = new Text("et XML-element er ikke afsluttet korrekt", "an XML element is not closed properly");
        } else if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")
                || message.contains("end of file")) {
            what = new Text("XML'en slutter for tidligt (delen er afkortet)", "the XML ends too early (the part is truncated)");
        } else if (message.contains("invalid XML character") || message.contains("Invalid byte")
                || message.contains("Invalid UTF-8")) {
            what = new Text("XML'en indeholder et ugyldigt tegn", "the XML holds an invalid character");
        } else if (message.contains("Content is not allowed in prolog") || message.contains("root element")) {
            what = new Text("delen er ikke XML", "the part is not XML");
        } else if (message.contains("Attribute") || message.contains("attribute")) {
            what = new Text("et XML-element har en ugyldig egenskab (attribut)", "an XML element has an invalid attribute");
        } else {
            what = new Text("XML'en er ugyldig", "the XML is not valid");
        }
        var at = e.getLocation();
        if (at != null && at.getLineNumber() > 0) {
            return new Text(what.da() + " (XML-linje " + at.getLineNumber() + ", tegn " + at.getColumnNumber() + ")",
                    what.en() + " (XML line " + at.getLineNumber() + ", character " + at.getColumnNumber() + ")");
        }
        return what;
    }
}
