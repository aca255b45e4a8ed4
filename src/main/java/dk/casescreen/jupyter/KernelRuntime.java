package dk.casescreen.jupyter;

/**
 * The kernel this JVM runs, for the display functions that notebook code calls. Code in a cell
 * cannot be handed the kernel, so this one static reference is the bridge; it is set while
 * {@link KernelLauncher#run} serves a connection and cleared after.
 */
final class KernelRuntime {

    private static volatile JavaKernel current;

    private KernelRuntime() {
    }

    static void set(JavaKernel kernel) {
        current = kernel;
    }

    static JavaKernel require() {
        JavaKernel kernel = current;
        if (kernel == null) {
            throw new IllegalStateException("No casescreen kernel is running in this JVM (display works inside a notebook)");
        }
        return kernel;
    }
}
