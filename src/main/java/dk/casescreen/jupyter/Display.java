package dk.casescreen.jupyter;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.UUID;

/**
 * The display functions every session imports statically, with IJava's names and meaning:
 * {@code display} sends an object to the notebook as it is evaluated and returns the display's id,
 * {@code render} returns the object's display data without sending it, and {@code updateDisplay}
 * replaces what an earlier {@code display} showed. {@code as} asks for particular MIME types
 * ("text/html", "image/svg+xml"); without it the object shows in the types it prefers.
 */
public final class Display {

    private Display() {
    }

    /** Shows an object in the notebook; returns the id to update it with. */
    public static String display(Object o, String... as) {
        DisplayData data = render(o, as);
        String id = data.getDisplayId();
        if (id == null) {
            id = UUID.randomUUID().toString();
            data.setDisplayId(id);
        }
        KernelRuntime.require().display(data);
        return id;
    }

    /** The display data of an object, not shown. */
    public static DisplayData render(Object o, String... as) {
        if (o instanceof DisplayData data) {
            return data;
        }
        var renderer = KernelRuntime.require().getRenderer();
        return as.length == 0 ? renderer.render(o) : renderer.renderAs(o, as);
    }

    /** Replaces what the display with this id shows by the object. */
    public static void updateDisplay(String id, Object o, String... as) {
        DisplayData data = render(o, as);
        KernelRuntime.require().getIO().display.updateDisplay(id, data);
    }
}
