package dk.casescreen.cli;

import dk.casescreen.jupyter.KernelLauncher;
import dk.casescreen.jupyter.KernelSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casescreen kernel}: the Java kernel for Jupyter notebooks. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "The Java kernel for Jupyter (the notebooks in notebooks/): install it, or run it (Jupyter does that).",
        subcommands = {KernelCommand.Install.class, KernelCommand.Run.class})
final class KernelCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code casescreen kernel install}: writes the kernelspec {@code java}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Installs the kernel for Jupyter under the kernelspec name 'java' (as IJava's), running this jar "
                    + "with this JDK.", "An existing 'java' kernelspec is left alone unless --force is given."})
    static final class Install implements Callable<Integer> {

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--dir", paramLabel = "DIR",
                description = "The Jupyter data folder to install into (the kernelspec goes to DIR/kernels/java; "
                        + "default: the user's, as 'jupyter --data-dir' prints it).")
        private Path dir;

        @Option(names = "--force", description = "Replace an existing 'java' kernelspec.")
        private boolean force;

        @Option(names = "--java", paramLabel = "FILE", description = "The java launcher of a JDK 25 to run the kernel with "
                + "(default: the one running this command).")
        private Path java;

        @Override
        public Integer call() {
            try {
                KernelSpec spec0 = KernelSpec.forThisInstallation();
                KernelSpec kernel = java == null ? spec0 : new KernelSpec(java, spec0.jar());
                if (!Files.isExecutable(kernel.java())) {
                    spec.commandLine().getErr().println("casescreen kernel install: " + kernel.java() + " is not an executable java launcher");
                    return ExitCodes.UNREADABLE;
                }
                Path target = dir != null ? dir : KernelSpec.userDataDir(System.getenv());
                Path folder = kernel.install(target, force);
                spec.commandLine().getOut().println("Installed the kernel '" + KernelSpec.NAME + "' (" + KernelSpec.DISPLAY_NAME
                        + ") in " + folder);
                return ExitCodes.OK;
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("casescreen kernel install: " + e.getMessage());
                return ExitCodes.PROBLEMS;
            } catch (IOException e) {
                spec.commandLine().getErr().println("casescreen kernel install: cannot write the kernelspec: " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
        }
    }

    /** {@code casescreen kernel run CONNECTION_FILE}: what the kernelspec runs. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs the kernel on the connection file Jupyter wrote (the kernelspec's command; not for people).")
    static final class Run implements Callable<Integer> {

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "CONNECTION_FILE", description = "The connection file Jupyter passes.")
        private Path connectionFile;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(connectionFile)) {
                spec.commandLine().getErr().println("casescreen kernel run: no connection file " + connectionFile);
                return ExitCodes.UNREADABLE;
            }
            KernelLauncher.run(connectionFile);
            return ExitCodes.OK;
        }
    }
}
