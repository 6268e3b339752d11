package id.go.jakarta.deskpilkada.issues.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A part of the live snapshot that is cheap to mark and dear to compute: issue numbers, recounted
 * by aggregate queries over all issues. A commit that can move them only counts a change (one
 * atomic increment in the cluster, before its event is published); they are recounted when
 * somebody reads them and the held numbers are older than the latest change, one recount at a time
 * per node, which the other readers of that node share. A burst of filings then costs an increment
 * per filing and a recount per read (walls and boards read a few times a second), instead of a
 * recount per filing that grows with the table.
 *
 * <p>Why it is right: a reader reads the change count before it reads the database, and a change
 * is counted after its commit, so numbers computed after reading count {@code n} hold every change
 * numbered up to {@code n}. The held numbers only move forward by that count.
 */
public final class RecountOnRead<T extends Serializable> {

    /** Numbers as computed after the change count had reached {@code changes}. */
    record Held<T>(T value, long changes) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final String key;
    private final IMap<String, Held<T>> held;
    private final IMap<String, Long> changes;
    private final Supplier<T> compute;
    private final TransactionTemplate readOnly;
    private final ReentrantLock recounting = new ReentrantLock();

    public RecountOnRead(
            HazelcastInstance hazelcast, String name, PlatformTransactionManager transactions, Supplier<T> compute) {
        this.key = name;
        this.held = hazelcast.getMap(LiveSnapshots.mapName(name));
        this.changes = hazelcast.getMap(LiveSnapshots.mapName("changes"));
        this.compute = compute;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
    }

    /** After a commit that can move the numbers (before its event goes out). */
    public void changed() {
        changes.executeOnKey(key, new Increment());
    }

    /** The numbers, recounted first if a change is newer than the held ones. */
    public T read() {
        long wanted = latestChange();
        Held<T> current = current(wanted);
        if (current != null) {
            return current.value();
        }
        recounting.lock();
        try {
            // A recount that finished while this reader waited holds what it wanted, even if
            // changes came meanwhile: under a stream of filings, waiting readers share one.
            current = current(wanted);
            if (current != null) {
                return current.value();
            }
            long latest = latestChange();
            T value = recount();
            held.executeOnKey(key, new KeepNewer<>(new Held<>(value, latest)));
            return value;
        } finally {
            recounting.unlock();
        }
    }

    /**
     * Recounts for the reader alone, holding nothing: for work in a desk the live snapshot does not
     * hold (docs/desks.md), whose numbers must neither come from nor go into the held ones.
     */
    public T recountAlone() {
        return recount();
    }

    /** Recounts and replaces whatever is held (a new cluster, another mode). */
    public void rebuild() {
        // A recount racing this one from before the new count cannot replace it afterwards.
        changed();
        long latest = latestChange();
        held.set(key, new Held<>(recount(), latest));
    }

    /**
     * Recounts and holds the truth; true if the numbers held as current differed from it in what
     * {@code same} compares (numbers merely older than the latest change are not a repair).
     */
    public boolean reconcile(BiPredicate<T, T> same) {
        long latest = latestChange();
        Held<T> before = held.get(key);
        T truth = recount();
        held.executeOnKey(key, new KeepNewer<>(new Held<>(truth, latest)));
        // A change counted meanwhile may or may not be in the truth: not a repair to report.
        boolean settled = latestChange() == latest;
        return settled && before != null && before.changes() >= latest && !same.test(before.value(), truth);
    }

    private @Nullable Held<T> current(long latest) {
        Held<T> found = held.get(key);
        return found != null && found.changes() >= latest ? found : null;
    }

    private long latestChange() {
        Long count = changes.get(key);
        return count == null ? 0 : count;
    }

    private T recount() {
        T value = readOnly.execute(tx -> compute.get());
        if (value == null) {
            throw new IllegalStateException("no numbers from the recount of " + key);
        }
        return value;
    }

    /** Runs on the partition owner. */
    private record Increment() implements EntryProcessor<String, Long, Long> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Long process(Map.Entry<String, Long> entry) {
            long next = (entry.getValue() == null ? 0 : entry.getValue()) + 1;
            entry.setValue(next);
            return next;
        }
    }

    /** Runs on the partition owner: numbers of an older change count never replace newer ones. */
    private record KeepNewer<T>(Held<T> candidate) implements EntryProcessor<String, Held<T>, Boolean> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean process(Map.Entry<String, Held<T>> entry) {
            Held<T> existing = entry.getValue();
            if (existing != null && existing.changes() > candidate.changes()) {
                return false;
            }
            entry.setValue(candidate);
            return true;
        }
    }
}
