package id.go.jakarta.deskpilkada.reports;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.internal.MissedReportWatch;
import id.go.jakarta.deskpilkada.reports.internal.ReportSchedule;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** What an exercise scenario can do to reporting: make a post's report late on cue. */
@Service
public class ReportDrills {

    private final MissedReportWatch watch;
    private final ReportSchedule schedule;
    private final PoskoService posko;
    private final ExerciseMode mode;
    private final Clock clock;

    ReportDrills(MissedReportWatch watch, ReportSchedule schedule, PoskoService posko, ExerciseMode mode, Clock clock) {
        this.watch = watch;
        this.schedule = schedule;
        this.posko = posko;
        this.mode = mode;
        this.clock = clock;
    }

    /**
     * The post's latest due report counts as missed now, grace period or not, as if the post had not
     * reported: the wall and the chief are told as for a real miss. Only for an ADMIN, only during an
     * exercise; false if that due time was already flagged.
     */
    public boolean markLate(long poskoId) {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("error.forbidden");
        }
        if (!mode.exercise()) {
            throw DeskException.invalid("exercise.notActive");
        }
        PoskoTile post = posko.tile(poskoId)
                .orElseThrow(() -> DeskException.notFound("posko.notFound", String.valueOf(poskoId)));
        Instant now = clock.instant();
        return watch.raise(poskoId, schedule.lastDue(post.level(), now), true, now);
    }
}
