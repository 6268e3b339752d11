package id.go.jakarta.deskpilkada.staff.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.staff.UnitForm;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "unit")
public class Unit extends VersionedDeskEntity {

    private String code = "";
    private String name = "";

    @Column(name = "short_name")
    private String shortName = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UnitKind kind = UnitKind.SKPD;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active = true;

    protected Unit() {}

    /** A new, active unit with a form the service has checked. */
    public Unit(String code, UnitForm checked, int sortOrder) {
        this.code = code;
        this.sortOrder = sortOrder;
        describe(checked);
    }

    /** Takes over a name, short name and kind the service has checked. */
    public void describe(UnitForm checked) {
        this.name = checked.name();
        this.shortName = checked.shortName();
        this.kind = checked.kind();
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String code() {
        return code;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }

    public UnitInfo toInfo() {
        return new UnitInfo(id(), code, name, shortName, kind, sortOrder, active, version());
    }
}
