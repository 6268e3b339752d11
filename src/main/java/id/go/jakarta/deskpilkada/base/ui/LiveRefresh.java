package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Keeps a view current: while it is attached it listens to the live bus and re-renders through
 * {@code ui.access} when a relevant event (or a resync) arrives. Bursts are coalesced: at most one
 * render is pending, and renders are at least {@link #MIN_INTERVAL_MS} apart. Renders run on
 * virtual threads, never on Hazelcast's event thread, so one slow screen cannot hold up the others
 * or the delivery of the next event.
 */
public final class LiveRefresh {

    /** At most four renders a second per view. */
    public static final long MIN_INTERVAL_MS = 250;

    private static final ScheduledExecutorService DELAYED = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-refresh-timer");
        t.setDaemon(true);
        return t;
    });
    private static final ExecutorService RENDERERS =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("live-render-", 0).factory());

    private final UI ui;
    private final Runnable render;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastRender;

    private LiveRefresh(UI ui, Runnable render) {
        this.ui = ui;
        this.render = render;
    }

    /**
     * Binds {@code render} to the live events {@code relevant} accepts, for as long as {@code view}
     * is attached. {@code render} runs with the UI locked and should reload from the snapshot.
     */
    public static void bind(Component view, LiveEventBus bus, Predicate<LiveEvent> relevant, Runnable render) {
        view.addAttachListener(attach -> {
            LiveRefresh refresh = new LiveRefresh(attach.getUI(), render);
            Runnable unsubscribe = bus.subscribe(signal -> {
                if (signal.concerns(relevant)) {
                    refresh.request();
                }
            });
            view.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    private void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        long wait = lastRender + MIN_INTERVAL_MS - System.currentTimeMillis();
        if (wait <= 0) {
            RENDERERS.execute(this::renderNow);
        } else {
            DELAYED.schedule(() -> RENDERERS.execute(this::renderNow), wait, TimeUnit.MILLISECONDS);
        }
    }

    private void renderNow() {
        try {
            ui.access(() -> {
                pending.set(false);
                lastRender = System.currentTimeMillis();
                render.run();
            });
        } catch (UIDetachedException e) {
            pending.set(false);
        }
    }
}
