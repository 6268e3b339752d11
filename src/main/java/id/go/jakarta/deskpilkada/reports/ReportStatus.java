package id.go.jakarta.deskpilkada.reports;

/** Where a report stands: written, sent up, accepted (final) or sent back with a note. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED;

    /** Its writer may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String labelKey() {
        return "report.status." + name();
    }
}
