package id.go.jakarta.deskpilkada.base.data;

import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The desk that everyone not bound to a desk works in on this node: the system's own work, the
 * deployment's own accounts (the first ADMIN) and requests before anyone signs in. It is the desk of
 * the active election; with none active, the desk of the newest election; with none at all, the
 * first regional desk (which holds what the migrations seeded), else the national desk.
 *
 * <p>Read from the database on first use and again whenever the election feature says the active
 * election may have changed ({@link #refresh()}), on every node.
 */
@Component
public class WorkingDesk {

    private static final String QUERY = """
            select coalesce(
                (select e.desk_id from election e where e.active
                    order by case when e.activated_at is null then 0 else 1 end desc, e.activated_at desc, e.id desc
                    fetch first 1 row only),
                (select e.desk_id from election e order by e.id desc fetch first 1 row only),
                (select min(d.id) from desk d where d.level <> 'NASIONAL'),
                (select d.id from desk d where d.level = 'NASIONAL'))
            """;

    private final JdbcClient jdbc;
    private final AtomicLong id = new AtomicLong();

    WorkingDesk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The working desk's id. */
    public long id() {
        long known = id.get();
        if (known != 0) {
            return known;
        }
        refresh();
        return id.get();
    }

    /**
     * The desk the current work is done in: the acting person's desk (or the desk of work done for
     * nobody in particular, {@link CurrentActor#nobodyIn}), else the working desk. This is
     * the desk Hibernate filters entities by; native SQL passes it as {@code desk_id}.
     */
    public long acting() {
        Optional<Actor> actor = CurrentActor.find();
        Long desk = actor.isPresent()
                ? actor.get().deskId()
                : CurrentActor.nobodysDesk().orElse(null);
        return desk != null ? desk : id();
    }

    /**
     * True when the current work is done in a desk other than the working desk: the live snapshots
     * do not hold that desk, so their readers answer from the database and leave the snapshot alone.
     */
    public boolean actingInOtherDesk() {
        return acting() != id();
    }

    /** Reads the working desk from the database again; true if it changed. */
    public boolean refresh() {
        long now = jdbc.sql(QUERY).query(Long.class).single();
        return id.getAndSet(now) != now;
    }
}
