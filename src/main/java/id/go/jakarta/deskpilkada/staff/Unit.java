package id.go.jakarta.deskpilkada.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code = "";
    private String name = "";

    @Column(name = "short_name")
    private String shortName = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UnitKind kind = UnitKind.SKPD;

    @Version
    private long version;

    protected Unit() {
    }

    UnitInfo toInfo() {
        return new UnitInfo(id == null ? 0 : id, code, name, shortName, kind);
    }
}
