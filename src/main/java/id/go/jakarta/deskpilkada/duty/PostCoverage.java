package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.staff.PostRole;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post's duty coverage at one moment: the shifts running now, per role how many are required,
 * present (signed in, not out) and still expected (rostered, not yet in), and whether there is a
 * gap: fewer present than required once the grace period is over, or, within it, fewer than
 * required even if everyone expected arrives. Counts only: no names, so walls may show it.
 */
public record PostCoverage(
        long poskoId,
        Instant computedAt,
        List<ShiftCoverage> shifts,
        int present,
        int required,
        int pending,
        boolean gap,
        List<Missing> missing,
        @Nullable Instant gapSince)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One running shift instance. */
    public record ShiftCoverage(
            long shiftId,
            String name,
            LocalDate day,
            Instant startsAt,
            Instant endsAt,
            boolean inGrace,
            List<RoleCoverage> roles)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    public record RoleCoverage(PostRole role, int required, int present, int pending) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** How many of a role are missing now (summed over the running shifts). */
    public record Missing(PostRole role, int count) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Which shift instances are running: the gap state changes when another one starts. */
    public String shiftKey() {
        StringBuilder key = new StringBuilder();
        for (ShiftCoverage s : shifts) {
            key.append(s.shiftId()).append('@').append(s.day()).append(';');
        }
        return key.toString();
    }

    /** The same counts and shifts, apart from when it was computed and whether a grace period ran out. */
    public boolean sameAs(PostCoverage other) {
        return poskoId == other.poskoId
                && shiftKey().equals(other.shiftKey())
                && present == other.present
                && required == other.required
                && pending == other.pending
                && gap == other.gap
                && missing.equals(other.missing)
                && java.util.Objects.equals(gapSince, other.gapSince);
    }

    public PostCoverage withGapSince(@Nullable Instant since) {
        return new PostCoverage(poskoId, computedAt, shifts, present, required, pending, gap, missing, since);
    }
}
