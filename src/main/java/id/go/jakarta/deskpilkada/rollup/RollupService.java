package id.go.jakarta.deskpilkada.rollup;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.rollup.internal.DeskCountsKeeper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The roll-up a desk's leadership watches: its own counts and those of the desks below it, worst
 * first, each a sum of its own desk and the desks below. A person reaches the desks at and below
 * his own (a province desk its kabupaten/kota, the national desk everything); the deployment's own
 * admin reaches everything. Counts only: no row of another desk is read.
 */
@Service
public class RollupService {

    /** Who reads roll-ups: the leadership and its screens, the liaisons, the media office, admins. */
    private static final Set<Role> READERS =
            EnumSet.of(Role.PIMPINAN, Role.ADMIN, Role.FORKOPIMDA, Role.BAKESBANGPOL, Role.LAYAR);

    private final DeskCountsKeeper keeper;

    RollupService(DeskCountsKeeper keeper) {
        this.keeper = keeper;
    }

    /** The roll-up of the acting person's own desk (the national desk for the deployment's admin). */
    public Rollup overview() {
        Tree tree = tree();
        DeskInfo root = tree.root(requireReader());
        return rollup(tree, root, root);
    }

    /**
     * The roll-up of the desk with that code, at or below the acting person's own desk. Any other
     * desk is not found: a desk's people learn nothing of desks beside or above theirs.
     */
    public Rollup of(String code) {
        Actor actor = requireReader();
        Tree tree = tree();
        DeskInfo root = tree.root(actor);
        DeskInfo desk = tree.byCode.get(code.strip());
        if (desk == null || !tree.within(desk, root)) {
            throw DeskException.notFound("rollup.desk.unknown", code.strip());
        }
        return rollup(tree, desk, root);
    }

    /**
     * One desk's roll-up.
     *
     * @param desk      the desk
     * @param path      the desks from the reader's own down to this one (for the way back up)
     * @param own       the desk's own counts; null for a desk without an election of its own (the
     *                  national desk, DI Yogyakarta's) or not counted yet
     * @param total     its own counts and all the desks' below it
     * @param rows      the desks right below it, worst first, each with its whole branch summed
     * @param uncounted desks in its branch that hold an election but are not counted yet (a new
     *                  cluster counts them within a minute)
     * @param branch    the ids of the desk and every desk below it: whose counts move its numbers
     */
    public record Rollup(
            DeskInfo desk,
            List<DeskInfo> path,
            @Nullable DeskCounts own,
            DeskCounts total,
            List<Row> rows,
            int uncounted,
            Set<Long> branch) {}

    /**
     * A desk below, summed with its own branch.
     *
     * @param below how many desks roll up to it (a province's kabupaten/kota)
     */
    public record Row(DeskInfo desk, DeskCounts counts, int below, int uncounted) {}

    private Rollup rollup(Tree tree, DeskInfo desk, DeskInfo root) {
        List<DeskInfo> branch = new ArrayList<>();
        tree.collect(desk, branch);
        Map<Long, DeskCounts> held =
                keeper.counts(branch.stream().map(DeskInfo::id).toList());
        List<Row> rows = new ArrayList<>();
        for (DeskInfo child : tree.children(desk.id())) {
            List<DeskInfo> its = new ArrayList<>();
            tree.collect(child, its);
            rows.add(new Row(child, sum(its, held), tree.children(child.id()).size(), uncounted(its, held)));
        }
        rows.sort(Comparator.comparing(Row::counts, DeskCounts.WORST_FIRST)
                .thenComparing(r -> r.desk().regionName())
                .thenComparing(r -> r.desk().code()));
        DeskCounts own = desk.holdsElection() ? held.get(desk.id()) : null;
        List<DeskInfo> path = new ArrayList<>();
        for (DeskInfo at = desk; at != null; at = tree.parentWithin(at, root)) {
            path.addFirst(at);
        }
        return new Rollup(
                desk,
                List.copyOf(path),
                own,
                sum(branch, held),
                List.copyOf(rows),
                uncounted(branch, held),
                branch.stream().map(DeskInfo::id).collect(Collectors.toUnmodifiableSet()));
    }

    private static DeskCounts sum(List<DeskInfo> desks, Map<Long, DeskCounts> held) {
        DeskCounts total = DeskCounts.NONE;
        for (DeskInfo desk : desks) {
            DeskCounts counts = held.get(desk.id());
            if (counts != null) {
                total = total.plus(counts);
            }
        }
        return total;
    }

    private static int uncounted(List<DeskInfo> desks, Map<Long, DeskCounts> held) {
        return (int) desks.stream()
                .filter(d -> d.holdsElection() && !held.containsKey(d.id()))
                .count();
    }

    private Tree tree() {
        return new Tree(keeper.registry());
    }

    private static Actor requireReader() {
        Actor actor = CurrentActor.require();
        if (!READERS.contains(actor.role())) {
            throw DeskException.forbidden("rollup.forbidden");
        }
        return actor;
    }

    /** The registry as a tree. */
    private static final class Tree {
        final Map<Long, DeskInfo> byId = new HashMap<>();
        final Map<String, DeskInfo> byCode = new HashMap<>();
        final Map<Long, List<DeskInfo>> children = new HashMap<>();

        @Nullable
        DeskInfo national;

        Tree(List<DeskInfo> all) {
            for (DeskInfo desk : all) {
                byId.put(desk.id(), desk);
                byCode.put(desk.code(), desk);
                if (desk.parentId() == null) {
                    national = desk;
                } else {
                    children.computeIfAbsent(desk.parentId(), k -> new ArrayList<>())
                            .add(desk);
                }
            }
        }

        List<DeskInfo> children(long desk) {
            return children.getOrDefault(desk, List.of());
        }

        /** The reader's own desk: his desk, or the national desk for the deployment's own people. */
        DeskInfo root(Actor actor) {
            DeskInfo own = actor.deskId() == null ? null : byId.get(actor.deskId());
            if (own != null) {
                return own;
            }
            if (actor.deploymentWide() && national != null) {
                return national;
            }
            throw DeskException.notFound("rollup.desk.unknown", String.valueOf(actor.deskId()));
        }

        boolean within(DeskInfo desk, DeskInfo root) {
            for (DeskInfo at = desk; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
                if (at.id() == root.id()) {
                    return true;
                }
            }
            return false;
        }

        @Nullable
        DeskInfo parentWithin(DeskInfo desk, DeskInfo root) {
            if (desk.id() == root.id() || desk.parentId() == null) {
                return null;
            }
            return byId.get(desk.parentId());
        }

        void collect(DeskInfo desk, List<DeskInfo> into) {
            into.add(desk);
            children(desk.id()).forEach(child -> collect(child, into));
        }
    }
}
