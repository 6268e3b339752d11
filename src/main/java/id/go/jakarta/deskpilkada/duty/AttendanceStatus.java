package id.go.jakarta.deskpilkada.duty;

/** Where a rostered officer stands for his shift. */
public enum AttendanceStatus {
    /** Rostered, not signed in yet. */
    PLANNED,
    PRESENT,
    /** Signed in after the grace period. */
    LATE,
    ABSENT,
    /** Excused (izin). */
    IZIN;

    /** Counts toward the headcount while not signed out. */
    public boolean onDuty() {
        return this == PRESENT || this == LATE;
    }

    /** Will not come: the place is free for a replacement. */
    public boolean away() {
        return this == ABSENT || this == IZIN;
    }

    public String labelKey() {
        return "attendance." + name();
    }
}
