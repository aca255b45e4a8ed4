package dk.casescreen.jupyter;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Serves a Jupyter connection with a {@link JavaKernel} until the front end shuts it down. */
public final class KernelLauncher {

    /**
     * The protocol library logs every socket loop's start and stop (to the Jupyter server's console,
     * under loggers named after the loops); only warnings are of interest, so the root logger is set
     * to warnings in the kernel's JVM.
     */
    private static final Logger ROOT_LOGGER = Logger.getLogger("");

    private KernelLauncher() {
    }

    /**
     * Ends this JVM when the process that started it (the Jupyter server or nbclient) ends without
     * shutting the kernel down, so that no kernel outlives its front end.
     */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }

    /**
     * Reads the connection file Jupyter wrote, binds the kernel's sockets and serves requests until
     * a shutdown request; relative paths in cells resolve against the working folder.
     *
     * @throws IOException when the connection file cannot be read
     */
    public static void run(Path connectionFile) throws Exception {
        String json = Files.readString(connectionFile, StandardCharsets.UTF_8);
        KernelConnectionProperties properties = KernelConnectionProperties.parse(json);
        JupyterSocket.JUPYTER_LOGGER.setLevel(Level.WARNING);
        ROOT_LOGGER.setLevel(Level.WARNING);
        JupyterConnection connection = new JupyterConnection(properties);
        JavaKernel kernel = new JavaKernel(Path.of("").toAbsolutePath());
        KernelRuntime.set(kernel);
        exitWithParent();
        try {
            kernel.becomeHandlerForConnection(connection);
            connection.connect();
            connection.waitUntilClose();
        } finally {
            KernelRuntime.set(null);
        }
    }
}
