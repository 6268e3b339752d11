package id.go.jakarta.deskpilkada.base.data;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether the desk is in exercise mode (latihan) on this node: true while the active election is an
 * exercise. The election feature keeps it in step with the database on every node; Hibernate reads
 * it when a session opens (the {@link #FILTER} filter) and when a tagged entity is first saved.
 */
@Component
public class ExerciseMode {

    /** The name of the Hibernate filter that limits tagged entities to the current mode's rows. */
    public static final String FILTER = "exerciseMode";

    private volatile boolean exercise;
    private volatile Instant since = Instant.EPOCH;

    /** True while an exercise election is active: what is recorded now is exercise data. */
    public boolean exercise() {
        return exercise;
    }

    /** When this node entered the current mode (the epoch if it never changed since start-up). */
    public Instant since() {
        return since;
    }

    /** Sets the mode; true if it changed. Only the election feature calls this. */
    public synchronized boolean set(boolean exercise, Instant at) {
        if (this.exercise == exercise) {
            return false;
        }
        this.exercise = exercise;
        this.since = at;
        return true;
    }
}
