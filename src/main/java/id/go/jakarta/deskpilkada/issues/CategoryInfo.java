package id.go.jakarta.deskpilkada.issues;

import java.io.Serial;
import java.io.Serializable;

/** A category of election problems (configurable; seeded with the nine of the DKI desk). */
public record CategoryInfo(long id, String code, String name, int sortOrder, boolean active) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
