package id.go.jakarta.deskpilkada.media;

/** Where a statement stands: written, waiting for Bakesbangpol, sent back, approved, out. */
public enum MediaStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED;

    public String labelKey() {
        return "media.status." + name();
    }
}
