package id.go.jakarta.deskpilkada.staff;

import jakarta.persistence.Column;
import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "unit")
class Unit extends VersionedEntity {


    private String code = "";
    private String name = "";

    @Column(name = "short_name")
    private String shortName = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UnitKind kind = UnitKind.SKPD;


    protected Unit() {
    }

    UnitInfo toInfo() {
        return new UnitInfo(id(), code, name, shortName, kind);
    }
}
