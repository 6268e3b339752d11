package id.go.jakarta.deskpilkada.base.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * This node's copies of snapshot parts for the desks the Hazelcast maps do not hold (every desk but
 * the working one, docs/desks.md). Without them a wall or a roll-up count of such a desk read every
 * part from the database for every picture; with them a desk's part is read again only after an
 * event of that desk that can change it (a camera's report reloads the desk's devices, not its
 * posts, coverage and issue counts).
 *
 * <p>Why a copy is never stale for longer than an event's trip: every node hears every desk's
 * events (the topic), and this bean hears them first ({@link LiveEventBus#subscribeFirst}), before
 * any wall or view of the node rebuilds. A relevant event moves its desk's generation; a copy is
 * served only while the generation it was read under is current, and a reader takes the generation
 * before it reads the database, so a copy read across a change is never served. Lost events (a
 * member joined or left, a gap in a sender's sequence, a repair) drop every copy, and none serves
 * longer than {@link #LIFETIME}.
 */
@Component
public class DeskCopies {

    /**
     * How long a copy serves without any event of its desk: a guard against a change that escaped
     * its event, not the way time reaches the screens (the readers compute what moves by the clock
     * at the time they read: coverage from the kept roster, recent issues, report due times).
     */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private final LiveEventBus bus;
    private final WorkingDesk working;
    private final ExerciseMode mode;
    private final List<Part<?>> parts = new CopyOnWriteArrayList<>();
    private Runnable unsubscribe = () -> {};

    DeskCopies(LiveEventBus bus, WorkingDesk working, ExerciseMode mode) {
        this.bus = bus;
        this.working = working;
        this.mode = mode;
    }

    @PostConstruct
    void listen() {
        unsubscribe = bus.subscribeFirst(signal -> {
            switch (signal) {
                case LiveSignal.Resync resync -> parts.forEach(Part::dropAll);
                case LiveSignal.Arrived arrived -> parts.forEach(p -> p.heard(arrived.envelope()));
            }
        });
    }

    @PreDestroy
    void stop() {
        unsubscribe.run();
    }

    /**
     * A new part, whose copies the events that {@code relevant} accepts (and any control event for
     * every desk) make outdated.
     */
    public <V> Part<V> part(String name, Predicate<LiveEvent> relevant) {
        Part<V> part = new Part<>(name, relevant);
        parts.add(part);
        return part;
    }

    /**
     * Drops every copy on this node, without telling the others or reconciling anything: for rows
     * written by SQL on this node whose repair must not run yet ({@link LiveSnapshots#repair} drops
     * them on every node, after reconciling).
     */
    public void forgetAll() {
        parts.forEach(Part::dropAll);
    }

    /** How many times this node read each part (by name) of another desk from the database. */
    public Map<String, Long> loads() {
        return parts.stream().collect(Collectors.toUnmodifiableMap(p -> p.name, Part::loads, Long::sum));
    }

    /** One snapshot part's copies, one per desk (and mode) read on this node. */
    public final class Part<V> {

        private record Copy<V>(V value, long generation, long everything, boolean exercise) {}

        private final String name;
        private final Predicate<LiveEvent> relevant;
        private final Cache<Long, Copy<V>> copies =
                Caffeine.newBuilder().expireAfterWrite(LIFETIME).build();
        private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
        private final AtomicLong everything = new AtomicLong();
        private final LongAdder loads = new LongAdder();

        private Part(String name, Predicate<LiveEvent> relevant) {
            this.name = name;
            this.relevant = relevant;
        }

        /**
         * The acting desk's part: this node's copy while no relevant event of that desk came since
         * it was read, else {@code load} (read now, in the acting desk) kept as the new copy.
         */
        public V get(Supplier<V> load) {
            return get(load, copy -> true);
        }

        /** As {@link #get(Supplier)}, serving a copy only if {@code stillGood} accepts it too (e.g. read on the same day). */
        public V get(Supplier<V> load, Predicate<V> stillGood) {
            long desk = working.acting();
            boolean exercise = mode.exercise(desk);
            long generation = generation(desk).get();
            long all = everything.get();
            Copy<V> copy = copies.getIfPresent(desk);
            if (copy != null
                    && copy.generation() == generation
                    && copy.everything() == all
                    && copy.exercise() == exercise
                    && stillGood.test(copy.value())) {
                return copy.value();
            }
            V value = load.get();
            loads.increment();
            copies.asMap().merge(desk, new Copy<>(value, generation, all, exercise), Part::later);
            return value;
        }

        /**
         * Drops the acting desk's copy on this node now: for the writer of a change, whose own next
         * read must not wait for the change's event to come back from the cluster.
         */
        public void forget() {
            long desk = working.acting();
            generation(desk).incrementAndGet();
            copies.invalidate(desk);
        }

        /** How many times this node read the part from the database (a measure, and for tests). */
        public long loads() {
            return loads.sum();
        }

        @Override
        public String toString() {
            return "DeskCopies.Part[" + name + "]";
        }

        private static <V> Copy<V> later(Copy<V> held, Copy<V> fresh) {
            // Two readers of one desk: the one read under the later generation stays.
            return held.everything() > fresh.everything()
                            || (held.everything() == fresh.everything() && held.generation() > fresh.generation())
                    ? held
                    : fresh;
        }

        private AtomicLong generation(long desk) {
            return generations.computeIfAbsent(desk, d -> new AtomicLong());
        }

        private void heard(LiveEnvelope envelope) {
            if (!relevant.test(envelope.event())) {
                return;
            }
            if (envelope.desk() == LiveEnvelope.EVERY_DESK) {
                dropAll();
            } else {
                generation(envelope.desk()).incrementAndGet();
                copies.invalidate(envelope.desk());
            }
        }

        private void dropAll() {
            everything.incrementAndGet();
            copies.invalidateAll();
        }
    }
}
