package dk.casescreen.cases;

import dk.casescreen.Text;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Refuses a document type declaration or an entity reference in workbook XML. With DTD support
 * switched off the JDK's parser skips a {@code <!DOCTYPE>} silently and turns every reference to
 * an entity other than the five predefined ones into the text "null", so a billion-laughs or
 * external-entity file would load as if it were fine. Excel writes neither.
 */
final class NoEntityXmlReader extends StreamReaderDelegate {

    private final Location where;
    private final int maxTextChars;

    NoEntityXmlReader(XMLStreamReader reader, Location where, int maxTextChars) {
        super(reader);
        this.where = where;
        this.maxTextChars = maxTextChars;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw CaseLoadException.unreadable(where, new Text(
                    "filen indeholder en DOCTYPE-erklæring eller en XML-entitet, som Excel aldrig skriver; den læses ikke af sikkerhedshensyn",
                    "the file holds a DOCTYPE declaration or an XML entity, which Excel never writes; it is not read, for safety"));
        }
        return event;
    }

    /**
     * The element's text, read through {@link #next()} so that entity references inside it are refused
     * too, and piece by piece so that an overlong text is refused before it fills the memory.
     */
    @Override
    public String getElementText() throws XMLStreamException {
        if (getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new XMLStreamException("not at the start of an element", getLocation());
        }
        StringBuilder text = new StringBuilder();
        for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + getTextLength() > maxTextChars) {
                        throw CaseLoadException.unreadable(where, new Text(
                                "en tekst i filen er længere end " + maxTextChars + " tegn",
                                "a text in the file is longer than " + maxTextChars + " characters"));
                    }
                    text.append(getTextCharacters(), getTextStart(), getTextLength());
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    // not part of the text
                }
                default -> throw new XMLStreamException("element text holds an element or ends early", getLocation());
            }
        }
        return text.toString();
    }
}
