package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.NewOfficer;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds what a duty test needs on the real clock: officers of their own (so that the demo roster
 * never gets in the way) and shifts placed relative to now, with unique names.
 */
public class DutyFixture {

    private static final AtomicInteger SERIAL = new AtomicInteger(500);

    private final List<ShiftInfo> made = new java.util.ArrayList<>();
    private final List<Long> officers = new java.util.ArrayList<>();
    private final StaffService staff;
    private final ShiftService shifts;
    private final PoskoService posko;

    public DutyFixture(StaffService staff, ShiftService shifts, PoskoService posko) {
        this.staff = staff;
        this.shifts = shifts;
        this.posko = posko;
    }

    public PoskoTile post(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    public OfficerInfo officer(String postCode, PostRole role, String unitCode) {
        return officer(postCode, role, unitCode, false);
    }

    public OfficerInfo officer(String postCode, PostRole role, String unitCode, boolean reserve) {
        int serial = SERIAL.incrementAndGet();
        // Born 1 Jan 1960: never a demo officer's NIP (the demo's are born 1968-1995).
        String nip = String.format("19600101198501%d%03d", 1 + serial / 1000 % 2, serial % 1000);
        long unit = staff.unitByCode(unitCode).orElseThrow().id();
        OfficerInfo officer = CurrentActor.asSystem(() -> staff.register(List.of(new NewOfficer(
                        nip,
                        "Uji Petugas " + serial,
                        unit,
                        role,
                        null,
                        post(postCode).id(),
                        reserve)))
                .getFirst());
        officers.add(officer.id());
        return officer;
    }

    /**
     * A shift of the post that starts {@code startOffset} from now (minutes, may be negative) and
     * lasts {@code length}; returns it with the day it starts on.
     */
    public Placed shift(String postCode, Duration startOffset, Duration length, Map<PostRole, Integer> required) {
        ZonedDateTime start = Instant.now().plus(startOffset).atZone(Wib.ZONE).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime end = start.plus(length);
        Map<PostRole, Integer> need = new EnumMap<>(PostRole.class);
        need.putAll(required);
        ShiftInfo shift = CurrentActor.asSystem(() -> shifts.create(
                post(postCode).id(),
                new ShiftForm("Uji " + SERIAL.incrementAndGet(), start.toLocalTime(), end.toLocalTime(), need)));
        made.add(shift);
        return new Placed(shift, start.toLocalDate());
    }

    /** A shift at fixed hours in WIB (for rules that depend on the hour, like crossing midnight). */
    public ShiftInfo fixedShift(
            String postCode, java.time.LocalTime start, java.time.LocalTime end, Map<PostRole, Integer> required) {
        Map<PostRole, Integer> need = new EnumMap<>(PostRole.class);
        need.putAll(required);
        ShiftInfo shift = CurrentActor.asSystem(() ->
                shifts.create(post(postCode).id(), new ShiftForm("Uji " + SERIAL.incrementAndGet(), start, end, need)));
        made.add(shift);
        return shift;
    }

    /** Deactivates the shifts and officers this fixture made, so that other tests see only the demo's. */
    public void cleanUp() {
        CurrentActor.asSystem(() -> {
            for (long id : officers) {
                OfficerInfo o = staff.officer(id);
                if (o.active()) {
                    staff.setActive(id, o.version(), false);
                }
            }
            for (ShiftInfo shift : made) {
                ShiftInfo now = shifts.shiftsOf(shift.poskoId()).stream()
                        .filter(s -> s.id() == shift.id())
                        .findFirst()
                        .orElseThrow();
                shifts.setActive(now.id(), now.version(), false);
            }
            return null;
        });
        made.clear();
        officers.clear();
    }

    public record Placed(ShiftInfo shift, LocalDate day) {}
}
