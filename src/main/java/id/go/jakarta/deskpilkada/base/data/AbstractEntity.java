package id.go.jakarta.deskpilkada.base.data;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/** An entity with a database-generated numeric id (identity column). */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** The id, or 0 before the entity is first saved. */
    public long id() {
        return id == null ? 0 : id;
    }
}
