package dk.casescreen.jupyter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs JShell snippets in the kernel's own JVM (as JShell's local execution does, so the project's
 * classes are on the class path) and keeps each snippet's value as an object rather than as the
 * string JShell would make of it: {@code invoke} hands JShell a key under which the value waits to
 * be {@linkplain #take(String) taken}. Snippets run one at a time on a dedicated thread, so that
 * {@link #stop()} can interrupt them.
 */
final class KernelExecutionControl extends DirectExecutionControl {

    private static final Object NULL = new Object();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "casescreen-kernel-user-code");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private volatile Future<Object> running;
    private volatile boolean stopped;

    /** The value a snippet produced, by the key JShell reported as its value; each value can be taken once. */
    Object take(String key) {
        Object value = values.remove(key);
        if (value == null) {
            throw new IllegalStateException("No value under key " + key);
        }
        return value == NULL ? null : value;
    }

    /** Whether a snippet was stopped since the last call; clears the mark. */
    boolean takeStopped() {
        boolean was = stopped;
        stopped = false;
        return was;
    }

    /** Whether a key is one this control handed out and that has not been taken yet. */
    boolean holds(String key) {
        return key != null && values.containsKey(key);
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        Future<Object> task = executor.submit(() -> doit.invoke(null));
        running = task;
        Object value;
        try {
            value = task.get();
        } catch (CancellationException e) {
            stopped = true;
            throw new ExecutionControl.StoppedException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException ite) {
                throw ite;
            }
            throw cause instanceof Exception ex ? ex : new RuntimeException(cause);
        } finally {
            running = null;
        }
        String key = UUID.randomUUID().toString();
        values.put(key, value == null ? NULL : value);
        return key;
    }

    @Override
    public void stop() {
        Future<Object> task = running;
        if (task != null) {
            task.cancel(true);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        super.close();
    }

    /** Hands JShell one {@link KernelExecutionControl} and remembers it for the kernel. */
    static final class Provider implements ExecutionControlProvider {
        private volatile KernelExecutionControl control;

        @Override
        public String name() {
            return "casescreen-kernel";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new KernelExecutionControl();
            return control;
        }

        /** The control JShell is using. */
        KernelExecutionControl control() {
            return control;
        }
    }
}
