package id.go.jakarta.deskpilkada.staff.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.staff.OfficerForm;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "officer")
public class Officer extends VersionedDeskEntity {

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

    protected Officer() {}

    public Officer(OfficerForm checked) {
        edit(checked);
    }

    /** Takes over a form the service has checked and normalised. */
    public void edit(OfficerForm checked) {
        this.nip = checked.nip();
        this.fullName = checked.fullName();
        this.unitId = checked.unitId();
        this.postRole = checked.postRole();
        this.phone = checked.phone();
        this.homePoskoId = checked.homePoskoId();
        this.reserve = checked.reserve();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** True when the officer already reads as the form says. */
    public boolean matches(OfficerForm checked, boolean active) {
        return nip.equals(checked.nip())
                && fullName.equals(checked.fullName())
                && unitId == checked.unitId()
                && postRole == checked.postRole()
                && Objects.equals(phone, checked.phone())
                && homePoskoId == checked.homePoskoId()
                && reserve == checked.reserve()
                && this.active == active;
    }

    public String nip() {
        return nip;
    }

    public long unitId() {
        return unitId;
    }

    public long homePoskoId() {
        return homePoskoId;
    }

    public boolean active() {
        return active;
    }

    public OfficerInfo toInfo() {
        return new OfficerInfo(id(), nip, fullName, unitId, postRole, phone, homePoskoId, reserve, active, version());
    }
}
