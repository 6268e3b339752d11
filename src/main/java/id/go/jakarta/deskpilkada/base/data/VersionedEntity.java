package id.go.jakarta.deskpilkada.base.data;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity that people edit: its version guards against lost updates. A change is accepted only
 * against the version the editor saw; services compare it and Hibernate checks it again on flush.
 */
@MappedSuperclass
public abstract class VersionedEntity extends AbstractEntity {

    @Version
    private long version;

    public long version() {
        return version;
    }
}
