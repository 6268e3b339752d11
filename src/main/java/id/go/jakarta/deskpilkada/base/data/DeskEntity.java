package id.go.jakarta.deskpilkada.base.data;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An entity that belongs to one desk: read and written only in that desk ({@link DeskTenancy}). */
@MappedSuperclass
public abstract class DeskEntity extends AbstractEntity {

    @TenantId
    @Column(name = "desk_id", nullable = false, updatable = false)
    private @Nullable Long deskId;

    /** The desk the row belongs to, or 0 before it is first saved. */
    public long deskId() {
        return deskId == null ? 0 : deskId;
    }
}
