package id.go.jakarta.deskpilkada.staff.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
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
public class Unit extends VersionedEntity {

    private String code = "";
    private String name = "";

    @Column(name = "short_name")
    private String shortName = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UnitKind kind = UnitKind.SKPD;

    protected Unit() {}

    public UnitInfo toInfo() {
        return new UnitInfo(id(), code, name, shortName, kind);
    }
}
