package id.go.jakarta.deskpilkada.exercise;

/** What an inject does, in the words of a scenario file ({@code "type"}). */
public enum InjectKind {
    /** A new issue filed at the post. */
    ISSUE,
    /** An officer on the running shift does not come (marked absent by the chief). */
    ABSENCE,
    /** A camera or the teleconference of the post goes down. */
    DEVICE_DOWN,
    /** The post's latest due situation report counts as missed. */
    LATE_REPORT,
    /** The post's alert level changes. */
    ALERT;

    public String labelKey() {
        return "exercise.kind." + name();
    }
}
