package dk.casescreen.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"casescreen " + (v == null ? "(development build)" : v)};
    }
}
