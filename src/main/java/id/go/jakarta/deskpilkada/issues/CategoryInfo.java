package id.go.jakarta.deskpilkada.issues;

import java.io.Serial;
import java.io.Serializable;

/**
 * A category of election problems (kept by the ADMIN; seeded with the nine of the DKI desk). A
 * retired one ({@code active} false) still names the issues filed under it, but no new issue gets it.
 *
 * @param version what a change is checked against, so that no one overwrites another's change
 */
public record CategoryInfo(long id, String code, String name, int sortOrder, boolean active, long version)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;
}
