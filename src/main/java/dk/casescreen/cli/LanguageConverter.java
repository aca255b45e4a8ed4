package dk.casescreen.cli;

import dk.casescreen.Language;
import picocli.CommandLine;

/** Reads the {@code --lang} option ("da" or "en"); anything else is a command-line error (exit 2). */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        try {
            return Language.of(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
