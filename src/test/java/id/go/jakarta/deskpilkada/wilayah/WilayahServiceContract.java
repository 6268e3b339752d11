package id.go.jakarta.deskpilkada.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrative tree loaded from the reference CSV. */
public abstract class WilayahServiceContract {

    @Autowired
    protected WilayahService wilayah;

    @Test
    void the_tree_holds_dki_jakartas_areas() {
        assertThat(wilayah.countByLevel())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        WilayahLevel.PROVINSI,
                        1L,
                        WilayahLevel.KOTA,
                        5L,
                        WilayahLevel.KABUPATEN,
                        1L,
                        WilayahLevel.KECAMATAN,
                        44L,
                        WilayahLevel.KELURAHAN,
                        267L));
    }

    @Test
    void the_six_wilayah_are_the_five_kota_and_kepulauan_seribu() {
        assertThat(wilayah.wilayah())
                .extracting(WilayahArea::shortName)
                .containsExactly(
                        "Kepulauan Seribu",
                        "Jakarta Pusat",
                        "Jakarta Utara",
                        "Jakarta Barat",
                        "Jakarta Selatan",
                        "Jakarta Timur");
        assertThat(wilayah.children("31")).hasSize(6);
    }

    @Test
    void kecamatan_and_kelurahan_hang_under_their_parents() {
        assertThat(wilayah.children("31.71")).extracting(WilayahArea::name).contains("Gambir", "Menteng");
        assertThat(wilayah.find("31.71.01").orElseThrow().level()).isEqualTo(WilayahLevel.KECAMATAN);
        assertThat(wilayah.children("31.71.01"))
                .allMatch(a -> a.level() == WilayahLevel.KELURAHAN)
                .isNotEmpty();
        assertThat(wilayah.children("31.01"))
                .extracting(WilayahArea::name)
                .containsExactly("Kepulauan Seribu Utara", "Kepulauan Seribu Selatan");
    }
}
