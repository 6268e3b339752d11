package id.go.jakarta.deskpilkada.wilayah;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** One administrative area, e.g. {@code 31.71.01 Gambir (KECAMATAN) under 31.71}. */
public record WilayahArea(String code, @Nullable String parentCode, WilayahLevel level, String name)
        implements Serializable {

    /** "Kota Administrasi Jakarta Pusat" becomes "Jakarta Pusat"; other names stay. */
    public String shortName() {
        return name.replace("Kota Administrasi ", "").replace("Kabupaten Administrasi ", "");
    }

    /** Kabupaten or kota, kelurahan, desa or desa adat ...: told by the code. */
    public WilayahKind kind() {
        return WilayahKind.of(code, level);
    }

    /** The kabupaten/kota the area lies in (its own code for one); null for a province. */
    public @Nullable String kabkotaCode() {
        return level == WilayahLevel.PROVINSI ? null : code.substring(0, 5);
    }
}
