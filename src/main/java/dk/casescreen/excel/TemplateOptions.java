package dk.casescreen.excel;

import dk.casescreen.Language;
import java.util.Optional;

/**
 * How to make a fill-in workbook.
 *
 * @param language     the language of the instructions, headings and answer lists
 * @param municipality the municipality to fill in on every row, if the workbook is for one municipality
 * @param rows         the number of prepared case rows (drop-down lists, validation and shading reach this far)
 */
public record TemplateOptions(Language language, Optional<String> municipality, int rows) {

    /** The default number of prepared rows. */
    public static final int DEFAULT_ROWS = 300;

    /** Creates options; rows must be 1..100,000. */
    public TemplateOptions {
        if (rows < 1 || rows > 100_000) {
            throw new IllegalArgumentException("The number of case rows must be 1-100000, not " + rows);
        }
    }
}
