package id.go.jakarta.deskpilkada.device.camera;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import id.go.jakarta.deskpilkada.device.CameraProblem;
import id.go.jakarta.deskpilkada.device.CameraSnapshot;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's latest snapshot of each camera address. However many walls ask at once, one fetch
 * per address runs and all of them share its result (Caffeine's asynchronous cache); an image is
 * served for {@link CameraProperties#fresh()}, a failure for {@link CameraProperties#failureHold()},
 * so a thousand walls cost one camera request per period and a dead camera is not asked again and
 * again. A failing camera is logged once when it starts failing and once when it answers again.
 */
public final class SnapshotCache implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SnapshotCache.class);
    /** A caller waits this much longer than a fetch may take, then gives up on it (the fetch goes on). */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final CameraFetcher fetcher;
    private final Duration wait;
    private final ExecutorService fetches = Executors.newVirtualThreadPerTaskExecutor();
    private final AsyncCache<String, CameraSnapshot> shots;
    private final Map<String, CameraProblem> failing = new ConcurrentHashMap<>();

    public SnapshotCache(CameraFetcher fetcher, CameraProperties limits) {
        this.fetcher = fetcher;
        this.wait = limits.timeout().plus(GRACE);
        this.shots = Caffeine.newBuilder()
                .expireAfter(Expiry.creating((String url, CameraSnapshot shot) ->
                        shot instanceof CameraSnapshot.Image ? limits.fresh() : limits.failureHold()))
                .maximumWeight(limits.cacheBytes())
                .weigher((String url, CameraSnapshot shot) ->
                        shot instanceof CameraSnapshot.Image image ? image.bytes().length : 1)
                .executor(fetches)
                .buildAsync();
    }

    /** The address's snapshot: the one held, or the one being fetched, or a new fetch. */
    public CameraSnapshot get(String url, CameraPolicy policy) {
        CompletableFuture<CameraSnapshot> shot =
                shots.get(url, (key, executor) -> CompletableFuture.supplyAsync(() -> fetched(key, policy), executor));
        try {
            return shot.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new CameraSnapshot.Missing(CameraProblem.TIMEOUT);
        } catch (ExecutionException e) {
            return new CameraSnapshot.Missing(CameraProblem.UNREACHABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CameraSnapshot.Missing(CameraProblem.TIMEOUT);
        }
    }

    /** Forgets every snapshot (the allowed sources changed). */
    public void clear() {
        shots.synchronous().invalidateAll();
    }

    private CameraSnapshot fetched(String url, CameraPolicy policy) {
        CameraSnapshot shot = fetcher.fetch(url, policy);
        String origin = CameraTarget.of(url).map(CameraTarget::origin).orElse("?");
        if (shot instanceof CameraSnapshot.Missing missing) {
            if (failing.put(url, missing.problem()) == null) {
                log.warn(
                        "Camera at {} gives no snapshot ({}); not logged again until it answers",
                        origin,
                        missing.problem());
            }
        } else if (failing.remove(url) != null) {
            log.info("Camera at {} answers again", origin);
        }
        return shot;
    }

    @Override
    public void close() {
        fetches.shutdownNow();
    }
}
