package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * A named shift of a post, from {@code start} to {@code end} in WIB; an end at or before the start
 * means the shift crosses midnight and ends the next day. The day of a shift is the day it starts.
 */
public record ShiftInfo(
        long id,
        long poskoId,
        String name,
        LocalTime start,
        LocalTime end,
        int sortOrder,
        boolean active,
        Map<PostRole, Integer> required,
        long version)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    public Instant startsAt(LocalDate day) {
        return day.atTime(start).atZone(Wib.ZONE).toInstant();
    }

    public Instant endsAt(LocalDate day) {
        return (crossesMidnight() ? day.plusDays(1) : day)
                .atTime(end)
                .atZone(Wib.ZONE)
                .toInstant();
    }

    public int requiredTotal() {
        return required.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int requiredOf(PostRole role) {
        return required.getOrDefault(role, 0);
    }

    /** Roles in the order of {@link PostRole} (chief first), with their headcount. */
    public Map<PostRole, Integer> requiredInOrder() {
        Map<PostRole, Integer> ordered = new EnumMap<>(PostRole.class);
        ordered.putAll(required);
        return ordered;
    }

    /** "07:00–19:00". */
    public String hours() {
        return start + "\u2013" + end;
    }

    static final Comparator<ShiftInfo> ORDER = Comparator.comparingLong(ShiftInfo::poskoId)
            .thenComparingInt(ShiftInfo::sortOrder)
            .thenComparing(ShiftInfo::start);
}
