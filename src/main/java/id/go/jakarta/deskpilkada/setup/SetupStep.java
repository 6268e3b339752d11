package id.go.jakarta.deskpilkada.setup;

import java.io.Serializable;
import java.util.List;

/**
 * One item of the setup checklist.
 *
 * @param key        what it is about: {@code election}, {@code stages}, {@code posts}, {@code accounts},
 *                   {@code shifts}, {@code screens}, {@code production}
 * @param done       whether the desk has what this item asks for
 * @param detailKey  a message saying what there is, or what is missing, with {@code args}
 * @param route      the screen where it is set up
 */
public record SetupStep(String key, boolean done, String detailKey, List<Object> args, String route)
        implements Serializable {

    public SetupStep {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
