package id.go.jakarta.deskpilkada.exercise;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A scenario run as every node sees it (held in the cluster): progress and the latest lines, newest first. */
public record ExerciseRun(
        long id,
        String name,
        int total,
        int done,
        int failed,
        RunStatus status,
        String startedBy,
        Instant startedAt,
        @Nullable Instant endedAt,
        List<RunLine> lines)
        implements Serializable {

    /** The lines kept for the screen. */
    static final int KEPT_LINES = 100;

    ExerciseRun with(RunLine line) {
        List<RunLine> kept = new ArrayList<>(KEPT_LINES);
        kept.add(line);
        kept.addAll(lines.subList(0, Math.min(lines.size(), KEPT_LINES - 1)));
        return new ExerciseRun(
                id,
                name,
                total,
                done + 1,
                failed + (line.ok() ? 0 : 1),
                status,
                startedBy,
                startedAt,
                endedAt,
                List.copyOf(kept));
    }

    ExerciseRun ended(RunStatus end, Instant at) {
        return new ExerciseRun(id, name, total, done, failed, end, startedBy, startedAt, at, lines);
    }

    public boolean running() {
        return status == RunStatus.RUNNING;
    }
}
