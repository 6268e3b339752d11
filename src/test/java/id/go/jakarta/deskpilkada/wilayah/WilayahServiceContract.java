package id.go.jakarta.deskpilkada.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Indonesia's administrative tree, loaded from idn-area-data 4.0.1. */
public abstract class WilayahServiceContract {

    @Autowired
    protected WilayahService wilayah;

    @Test
    void the_tree_holds_every_province_kabupaten_kota_kecamatan_and_desa_of_the_country() {
        assertThat(wilayah.countByLevel())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        WilayahLevel.PROVINSI, 38L,
                        WilayahLevel.KABKOTA, 514L,
                        WilayahLevel.KECAMATAN, 7285L,
                        WilayahLevel.DESA, 83762L));
        assertThat(wilayah.provinces())
                .hasSize(38)
                .extracting(WilayahArea::code)
                .startsWith("11");
    }

    @Test
    void dki_jakartas_six_wilayah_are_the_five_kota_and_kepulauan_seribu() {
        assertThat(wilayah.kabKota("31"))
                .extracting(WilayahArea::shortName)
                .containsExactly(
                        "Kepulauan Seribu",
                        "Jakarta Pusat",
                        "Jakarta Utara",
                        "Jakarta Barat",
                        "Jakarta Selatan",
                        "Jakarta Timur");
        assertThat(wilayah.kabKota("31.71")).extracting(WilayahArea::code).containsExactly("31.71");
        assertThat(wilayah.kabKota("31.71.01")).isEmpty();
    }

    @Test
    void kecamatan_and_desa_hang_under_their_parents_anywhere_in_the_country() {
        assertThat(wilayah.children("31.71")).extracting(WilayahArea::name).contains("Gambir", "Menteng");
        assertThat(wilayah.find("31.71.01").orElseThrow().level()).isEqualTo(WilayahLevel.KECAMATAN);
        assertThat(wilayah.children("31.71.01"))
                .allMatch(a -> a.level() == WilayahLevel.DESA)
                .isNotEmpty();
        assertThat(wilayah.children("31.01"))
                .extracting(WilayahArea::name)
                .containsExactly("Kepulauan Seribu Utara", "Kepulauan Seribu Selatan");
        // West Java: Kota Bandung (32.73) and Kabupaten Bandung (32.04) share a base name, not a kind.
        assertThat(wilayah.kabKota("32")).hasSize(27);
        assertThat(wilayah.find("32.73").orElseThrow().kind()).isEqualTo(WilayahKind.KOTA);
        assertThat(wilayah.find("32.04").orElseThrow().kind()).isEqualTo(WilayahKind.KABUPATEN);
    }

    @Test
    void a_kabupatens_desa_are_found_by_name_with_their_kind() {
        List<WilayahArea> desa = wilayah.desaOf("11.08");
        assertThat(desa).hasSizeGreaterThan(800).allMatch(a -> "11.08".equals(a.kabkotaCode()));
        assertThat(desa).extracting(WilayahArea::name).isSorted();
        assertThat(wilayah.find("31.71.01.1001").orElseThrow().kind()).isEqualTo(WilayahKind.KELURAHAN);
        assertThat(wilayah.find("11.01.01.2001").orElseThrow().kind()).isEqualTo(WilayahKind.DESA);
    }

    @Test
    void names_with_commas_and_quotes_are_read_whole() {
        assertThat(wilayah.areas(List.of("31.71", "no.such.code"))).containsOnlyKeys("31.71");
        assertThat(desaNamed("Lubuk Pakam I,II")).isNotEmpty();
    }

    private List<WilayahArea> desaNamed(String name) {
        return wilayah.provinces().stream()
                .filter(p -> p.code().equals("12"))
                .flatMap(p -> wilayah.kabKota(p.code()).stream())
                .flatMap(k -> wilayah.desaOf(k.code()).stream())
                .filter(a -> a.name().equals(name))
                .toList();
    }
}
