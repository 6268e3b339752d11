package id.go.jakarta.deskpilkada.duty;

/**
 * A post's coverage turned: a gap opened or closed, or another shift began. Raised once in the
 * cluster (the coverage state row is locked while it is decided).
 */
public record CoverageChanged(long poskoId, Turn turn) implements DutyEvent {

    public enum Turn {
        GAP_OPENED,
        GAP_CLOSED,
        SHIFT_STARTED
    }
}
