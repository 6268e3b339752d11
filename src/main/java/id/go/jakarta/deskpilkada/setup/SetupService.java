package id.go.jakarta.deskpilkada.setup;

import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.situation.WallScreenInfo;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * What a desk still lacks before voting day work can start, read afresh on every call from the
 * modules that own each item. A desk is usable when every step is done.
 */
@Service
public class SetupService {

    private final ElectionService elections;
    private final PoskoService posko;
    private final AccountService accounts;
    private final ShiftService shifts;
    private final WallScreenService screens;
    private final Environment environment;

    SetupService(
            ElectionService elections,
            PoskoService posko,
            AccountService accounts,
            ShiftService shifts,
            WallScreenService screens,
            Environment environment) {
        this.elections = elections;
        this.posko = posko;
        this.accounts = accounts;
        this.shifts = shifts;
        this.screens = screens;
        this.environment = environment;
    }

    /** The checklist in the order an ADMIN works through it; ADMIN only. */
    public List<SetupStep> checklist() {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("setup.forbidden");
        }
        List<SetupStep> steps = new ArrayList<>();
        Optional<ElectionInfo> active = elections.active().filter(e -> !e.exercise());
        steps.add(active.map(e -> step("election", true, "setup.election.done", "admin/pemilihan", e.name()))
                .orElseGet(() -> step("election", false, "setup.election.missing", "admin/pemilihan")));
        steps.add(stages(active));
        List<PoskoTile> posts = posko.tiles();
        steps.add(posts(posts, active));
        steps.add(accounts(posts));
        steps.add(shifts(posts));
        long paired = screens.list().stream().filter(WallScreenInfo::active).count();
        steps.add(step(
                "screens",
                paired > 0,
                paired > 0 ? "setup.screens.done" : "setup.screens.missing",
                "admin/layar",
                paired));
        steps.add(production());
        return steps;
    }

    /** The steps without which the desk cannot work at all (screens and production settings may follow). */
    static final Set<String> ESSENTIAL = Set.of("election", "stages", "posts", "accounts", "shifts");

    /** True when every essential step is done: until then an ADMIN opening the desk lands on the checklist. */
    public boolean usable() {
        return checklist().stream().filter(s -> ESSENTIAL.contains(s.key())).allMatch(SetupStep::done);
    }

    private static SetupStep stages(Optional<ElectionInfo> active) {
        if (active.isEmpty()) {
            return step("stages", false, "setup.stages.noElection", "admin/pemilihan");
        }
        ElectionInfo e = active.get();
        List<StageInfo> voting =
                e.stages().stream().filter(StageInfo::votingDay).toList();
        if (voting.isEmpty()) {
            return step(
                    "stages",
                    false,
                    "setup.stages.noVotingDay",
                    "admin/pemilihan",
                    e.stages().size());
        }
        if (e.votingDay() != null && voting.stream().noneMatch(s -> s.covers(e.votingDay()))) {
            return step(
                    "stages",
                    false,
                    "setup.stages.votingDayMismatch",
                    "admin/pemilihan",
                    e.votingDay().toString());
        }
        return step(
                "stages",
                true,
                "setup.stages.done",
                "admin/pemilihan",
                e.stages().size(),
                e.calendarVersion());
    }

    private static SetupStep posts(List<PoskoTile> posts, Optional<ElectionInfo> active) {
        if (posts.size() < 2) {
            return step("posts", false, "setup.posts.missing", "admin/posko", posts.size());
        }
        if (active.isPresent()) {
            List<String> outside = posts.stream()
                    .filter(p -> !active.get().covers(p.wilayahCode()))
                    .map(PoskoTile::name)
                    .toList();
            if (!outside.isEmpty()) {
                return step("posts", false, "setup.posts.outside", "admin/posko", outside.size(), names(outside));
            }
        }
        long centrals =
                posts.stream().filter(p -> p.level() == PoskoLevel.PROVINSI).count();
        if (centrals != 1) {
            return step("posts", false, "setup.posts.noCentral", "admin/posko", posts.size());
        }
        return step("posts", true, "setup.posts.done", "admin/posko", posts.size());
    }

    /** The first five names, and an ellipsis when there are more. */
    private static String names(List<String> all) {
        return String.join(", ", all.stream().limit(5).toList()) + (all.size() > 5 ? ", …" : "");
    }

    private SetupStep accounts(List<PoskoTile> posts) {
        List<AccountInfo> all =
                accounts.list().stream().filter(AccountInfo::enabled).toList();
        Set<Long> chiefed = all.stream()
                .filter(a -> a.role() == Role.KETUA_POSKO && a.poskoId() != null)
                .map(AccountInfo::poskoId)
                .collect(Collectors.toSet());
        List<String> withoutChief = posts.stream()
                .filter(p -> !chiefed.contains(p.id()))
                .map(PoskoTile::name)
                .toList();
        boolean leadership = all.stream().anyMatch(a -> a.role() == Role.PIMPINAN);
        boolean done = withoutChief.isEmpty() && leadership && !posts.isEmpty();
        if (done) {
            return step("accounts", true, "setup.accounts.done", "admin/pengguna", all.size());
        }
        return step(
                "accounts",
                false,
                leadership ? "setup.accounts.noChief" : "setup.accounts.noLeadership",
                "admin/pengguna",
                all.size(),
                withoutChief.size(),
                names(withoutChief));
    }

    private SetupStep shifts(List<PoskoTile> posts) {
        Set<Long> covered = shifts.allActive().stream().map(ShiftInfo::poskoId).collect(Collectors.toSet());
        List<String> without = posts.stream()
                .filter(p -> !covered.contains(p.id()))
                .map(PoskoTile::name)
                .toList();
        if (without.isEmpty() && !posts.isEmpty()) {
            return step("shifts", true, "setup.shifts.done", "jadwal", posts.size());
        }
        return step("shifts", false, "setup.shifts.missing", "jadwal", without.size(), names(without));
    }

    private SetupStep production() {
        boolean demo = environment.getProperty("desk.demo.enabled", Boolean.class, false);
        String url = environment.getProperty("spring.datasource.url", "");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (demo) {
            return step("production", false, "setup.production.demo", "");
        }
        if (!postgres) {
            return step("production", false, "setup.production.h2", "");
        }
        return step("production", true, "setup.production.done", "");
    }

    private static SetupStep step(String key, boolean done, String detailKey, String route, Object... args) {
        return new SetupStep(key, done, detailKey, List.of(args), route);
    }
}
