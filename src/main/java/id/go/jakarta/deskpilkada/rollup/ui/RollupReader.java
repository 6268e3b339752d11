package id.go.jakarta.deskpilkada.rollup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.pacing.Coalescer;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.base.ui.UiAccess;
import id.go.jakarta.deskpilkada.desk.DesksOpened;
import id.go.jakarta.deskpilkada.rollup.RollupService;
import id.go.jakarta.deskpilkada.rollup.RollupService.Rollup;
import id.go.jakarta.deskpilkada.rollup.internal.DeskCountsKeeper;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * What a roll-up screen shows and when it reads it again: the desk in its address (none: the
 * person's own), the roll-up last read, and the live events that move it (a count in its branch,
 * desks opened).
 */
final class RollupReader {

    private static final ExecutorService RENDERERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("rollup-render-", 0).factory());

    private final RollupService rollups;
    private @Nullable String code;
    private @Nullable Rollup shown;
    private volatile Set<Long> branch = Set.of();

    RollupReader(RollupService rollups) {
        this.rollups = rollups;
    }

    /**
     * Redraws the view with {@code render} (at most four times a second, the UI locked) whenever
     * its branch's counts move or desks are opened, while it is attached.
     */
    void follow(Component view, LiveEventBus bus, DeskCountsKeeper keeper, Runnable render) {
        LiveRefresh.bind(view, bus, event -> event instanceof DesksOpened, render);
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Coalescer renders = new Coalescer(
                    "roll-up refresh of " + view.getClass().getSimpleName(),
                    LiveRefresh.MIN_INTERVAL,
                    0,
                    RENDERERS,
                    () -> UiAccess.run(ui, render::run));
            Runnable unsubscribe = keeper.subscribe(desk -> {
                if (branch.contains(desk)) {
                    renders.request();
                }
            });
            view.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
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
}
