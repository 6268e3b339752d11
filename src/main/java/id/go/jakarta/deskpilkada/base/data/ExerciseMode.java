package id.go.jakarta.deskpilkada.base.data;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Whether a desk is in exercise mode (latihan) on this node: true while the desk's active election
 * is an exercise. Each desk has its own mode (docs/desks.md): an exercise in one desk never changes
 * what another desk records or reads. The election feature keeps every desk's mode in step with the
 * database on every node ({@link #follow}); Hibernate reads the acting desk's mode when a session
 * opens (the {@link #FILTER} filter) and when a tagged entity is first saved.
 */
@Component
public class ExerciseMode {

    /** The name of the Hibernate filter that limits tagged entities to the current mode's rows. */
    public static final String FILTER = "exerciseMode";

    /** A desk's active election as the mode needs it: whether it is an exercise, and since when. */
    public record Active(boolean exercise, Instant since) {}

    private static final Active REAL = new Active(false, Instant.EPOCH);

    private final WorkingDesk working;
    private final Map<Long, Active> byDesk = new ConcurrentHashMap<>();
    private volatile Set<Long> activeDesks = Set.of();

    ExerciseMode(WorkingDesk working) {
        this.working = working;
    }

    /** True while the acting desk's active election is an exercise: what is recorded now is exercise data. */
    public boolean exercise() {
        return exercise(working.acting());
    }

    /** True while that desk's active election is an exercise. */
    public boolean exercise(long desk) {
        return byDesk.getOrDefault(desk, REAL).exercise();
    }

    /** When the acting desk entered its current mode (the epoch if it never changed since start-up). */
    public Instant since() {
        return since(working.acting());
    }

    /** When that desk entered its current mode (the epoch if it never changed since start-up). */
    public Instant since(long desk) {
        return byDesk.getOrDefault(desk, REAL).since();
    }

    /** The desks that hold an active election, as last followed. */
    public Set<Long> activeDesks() {
        return activeDesks;
    }

    /**
     * Follows the active elections, one per desk (a desk without one works in real mode). A desk's
     * mode changes only when the exercise flag does; returns the desks whose mode changed. Only the
     * election feature calls this.
     */
    public synchronized Set<Long> follow(Map<Long, Active> active) {
        Set<Long> changed = new HashSet<>();
        Set<Long> desks = new HashSet<>(byDesk.keySet());
        desks.addAll(active.keySet());
        for (Long desk : desks) {
            Active now = active.getOrDefault(desk, REAL);
            if (exercise(desk) != now.exercise()) {
                byDesk.put(desk, now);
                changed.add(desk);
            }
        }
        activeDesks = Set.copyOf(active.keySet());
        return changed;
    }
}
