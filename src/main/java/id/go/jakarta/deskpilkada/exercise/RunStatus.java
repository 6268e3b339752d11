package id.go.jakarta.deskpilkada.exercise;

/** Where a scenario run is. */
public enum RunStatus {
    RUNNING,
    FINISHED,
    STOPPED;

    public String labelKey() {
        return "exercise.run.status." + name();
    }
}
