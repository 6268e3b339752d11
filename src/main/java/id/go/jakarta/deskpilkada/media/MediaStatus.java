package id.go.jakarta.deskpilkada.media;

import java.util.Set;

/** Where a statement stands: written, waiting for Bakesbangpol, sent back, approved, out. */
public enum MediaStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED;

    /** Statuses in which the text may still change. */
    static final Set<MediaStatus> EDITABLE = Set.of(DRAFT, RETURNED, SUBMITTED);

    public String labelKey() {
        return "media.status." + name();
    }
}
