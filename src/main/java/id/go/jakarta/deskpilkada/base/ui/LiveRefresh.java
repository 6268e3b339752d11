package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.pacing.Coalescer;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * Keeps a view current: while it is attached it listens to the live bus and re-renders through
 * {@code ui.access} when a relevant event (or a resync) arrives. Bursts are coalesced (a
 * {@link Coalescer}): at most one render is pending, and renders start at least
 * {@link #MIN_INTERVAL} apart. Renders run on virtual threads, never on Hazelcast's event thread,
 * so one slow screen cannot hold up the others or the delivery of the next event.
 */
public final class LiveRefresh {

    /** At most four renders a second per view. */
    public static final Duration MIN_INTERVAL = Duration.ofMillis(250);

    private static final ExecutorService RENDERERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-render-", 0).factory());

    private LiveRefresh() {}

    /**
     * Binds {@code render} to the live events {@code relevant} accepts, for as long as {@code view}
     * is attached. {@code render} runs with the UI locked and should reload from the snapshot.
     */
    public static void bind(Component view, LiveEventBus bus, Predicate<LiveEvent> relevant, Runnable render) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // A view closed meanwhile is skipped; its detach listener unsubscribes it.
            Coalescer renders = new Coalescer(
                    "live refresh of " + view.getClass().getSimpleName(),
                    MIN_INTERVAL,
                    0,
                    RENDERERS,
                    () -> UiAccess.run(ui, render::run));
            Runnable unsubscribe = bus.subscribe(signal -> {
                if (signal.concerns(relevant)) {
                    renders.request();
                }
            });
            view.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }
}
