package id.go.jakarta.deskpilkada.situation.picture;

import id.go.jakarta.deskpilkada.situation.WallPictures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each new picture to every wall screen of this node, each on a virtual thread of its own:
 * each screen's push (encoding its message and writing it to its socket, on the calling thread
 * since Atmosphere's {@code SimpleBroadcaster}, see {@code PushFootprint}) runs under its session
 * lock, on as many carrier threads as there are cores. A screen whose socket does not take its
 * message (a wall whose network went away) parks only its own thread, until Atmosphere's write
 * timeout.
 *
 * <p>{@link #deliver} returns when every screen has the picture, or after {@link #HAND_OVER_LIMIT}:
 * the builder waits for it, so a node with more screens than it can feed sends fewer pictures
 * instead of queueing them, and a screen stuck in its write does not hold up the others' next
 * picture (its own waits on its session lock).
 */
public final class WallDelivery implements AutoCloseable {

    /** The builder waits at most this long for every screen to take a picture. */
    public static final Duration HAND_OVER_LIMIT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(WallDelivery.class);

    private final List<Consumer<WallPictures>> screens = new CopyOnWriteArrayList<>();
    private final ExecutorService fanOut = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("wall-push-", 0).factory());

    public Runnable subscribe(Consumer<WallPictures> screen) {
        screens.add(screen);
        return () -> screens.remove(screen);
    }

    public int count() {
        return screens.size();
    }

    /** Hands {@code built} to every screen; false if interrupted. */
    public boolean deliver(WallPictures built) {
        List<Future<?>> pushes = new ArrayList<>(screens.size());
        for (Consumer<WallPictures> screen : screens) {
            pushes.add(fanOut.submit(() -> {
                try {
                    screen.accept(built);
                } catch (RuntimeException e) {
                    log.warn("A wall screen could not take the new picture", e);
                }
            }));
        }
        long deadline = System.nanoTime() + HAND_OVER_LIMIT.toNanos();
        int late = 0;
        for (Future<?> push : pushes) {
            try {
                push.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                log.warn("A wall screen could not take the new picture", e.getCause());
            } catch (TimeoutException e) {
                late++;
            }
        }
        if (late > 0) {
            log.info(
                    "Picture {}: {} of {} screens had not taken it after {} ms",
                    built.sequence(),
                    late,
                    pushes.size(),
                    HAND_OVER_LIMIT.toMillis());
        }
        return true;
    }

    @Override
    public void close() {
        fanOut.shutdownNow();
    }
}
