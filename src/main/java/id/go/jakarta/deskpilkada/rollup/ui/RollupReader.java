package id.go.jakarta.deskpilkada.rollup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.desk.DesksOpened;
import id.go.jakarta.deskpilkada.rollup.DeskCountsChanged;
import id.go.jakarta.deskpilkada.rollup.RollupService;
import id.go.jakarta.deskpilkada.rollup.RollupService.Rollup;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a roll-up screen shows and when it reads it again: the desk in its address (none: the
 * person's own), the roll-up last read, and the live events that move it (a count in its branch,
 * desks opened).
 */
final class RollupReader {

    private final RollupService rollups;
    private @Nullable String code;
    private @Nullable Rollup shown;
    private volatile Set<Long> branch = Set.of();

    RollupReader(RollupService rollups) {
        this.rollups = rollups;
    }

    /** Redraws the view with {@code render} whenever its branch's counts move, while it is attached. */
    void follow(Component view, LiveEventBus bus, Runnable render) {
        LiveRefresh.bind(view, bus, this::concernsBranch, render);
    }

    /** Takes the desk from the address ({@code :code}; none for the person's own desk). */
    void enter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").map(String::strip).orElse(null);
    }

    /** Reads the roll-up now; a desk out of reach throws, and nothing is shown then. */
    Rollup read() {
        try {
            Rollup rollup = code == null ? rollups.overview() : rollups.of(code);
            shown = rollup;
            branch = rollup.branch();
            return rollup;
        } catch (DeskException e) {
            shown = null;
            branch = Set.of();
            throw e;
        }
    }

    /** The page title: the screen's name, the desk shown, the application. */
    String title(String screen, RollupTiles tiles, String application) {
        Rollup now = shown;
        return screen + (now == null ? "" : " · " + tiles.name(now.desk())) + " · " + application;
    }

    private boolean concernsBranch(LiveEvent event) {
        return event instanceof DesksOpened
                || event instanceof DeskCountsChanged changed
                        && changed.deskIds().stream().anyMatch(branch::contains);
    }
}
