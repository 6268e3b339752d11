package id.go.jakarta.deskpilkada.wilayah.internal;

import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "wilayah")
public class Wilayah {

    @Id
    private String code = "";

    @Column(name = "parent_code")
    private @Nullable String parentCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private WilayahLevel level = WilayahLevel.DESA;

    private String name = "";

    @Column(name = "provinsi_code")
    private @Nullable String provinsiCode;

    @Column(name = "kabkota_code")
    private @Nullable String kabkotaCode;

    protected Wilayah() {}

    public WilayahArea toArea() {
        return new WilayahArea(code, parentCode, level, name);
    }
}
