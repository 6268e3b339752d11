package id.go.jakarta.deskpilkada.staff;

import jakarta.persistence.Column;
import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "officer")
class Officer extends VersionedEntity {


    private String nip = "";

    @Column(name = "full_name")
    private String fullName = "";

    @Column(name = "unit_id")
    private long unitId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "post_role")
    private PostRole postRole = PostRole.STAF;

    private @Nullable String phone;

    @Column(name = "home_posko_id")
    private long homePoskoId;

    private boolean reserve;
    private boolean active = true;


    protected Officer() {
    }

    Officer(NewOfficer o) {
        this.nip = o.nip();
        this.fullName = o.fullName();
        this.unitId = o.unitId();
        this.postRole = o.postRole();
        this.phone = o.phone();
        this.homePoskoId = o.homePoskoId();
        this.reserve = o.reserve();
    }

    OfficerInfo toInfo() {
        return new OfficerInfo(id(), nip, fullName, unitId, postRole, phone, homePoskoId, reserve,
                active, version());
    }
}
