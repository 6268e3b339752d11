package id.go.jakarta.deskpilkada.issues.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IssueFormViewTests extends IssueScreenTests {

    @Autowired
    WilayahService places;

    @Autowired
    ElectionService elections;

    @Autowired
    Clock clock;

    @Test
    void a_kelurahan_is_found_by_typing_its_name_across_the_kota_and_fills_in_its_kecamatan() {
        login("petugas.jakpus");
        UI.getCurrent().navigate("permasalahan/baru");
        IssueFields f = _get(IssueFormView.class).fields;

        // Before a kecamatan is chosen, every kelurahan of Jakarta Pusat is offered, each with its kecamatan.
        assertThat(f.kelurahan.getListDataView().getItems())
                .hasSize(44)
                .allMatch(a -> a.code().startsWith("31.71."));
        WilayahArea serdang = area("31.71.03.1004");
        assertThat(f.kelurahan.getItemLabelGenerator().apply(serdang)).isEqualTo("Serdang · Kec. Kemayoran");

        _setValue(f.kelurahan, serdang);
        assertThat(f.kecamatan.getValue()).isEqualTo(area("31.71.03"));
        assertThat(f.kelurahan.getValue()).isEqualTo(serdang);

        // Choosing another kecamatan narrows the list to it and clears the pick that is not there.
        _setValue(f.kecamatan, area("31.71.01"));
        assertThat(f.kelurahan.getValue()).isNull();
        assertThat(f.kelurahan.getListDataView().getItems()).allMatch(a -> "31.71.01".equals(a.parentCode()));
    }

    @Test
    void an_officer_files_an_issue_from_the_form_and_its_detail_opens() {
        login("petugas.jakpus");
        UI.getCurrent().navigate("permasalahan/baru");
        IssueFormView form = _get(IssueFormView.class);
        IssueFields f = form.fields;

        // His own wilayah is the only one offered, already chosen; he reports what he saw himself.
        assertThat(f.wilayah.getListDataView().getItems().map(WilayahArea::code))
                .containsExactly("31.71");
        assertThat(f.wilayah.getValue().shortName()).isEqualTo("Jakarta Pusat");
        assertThat(f.source.getValue()).isEqualTo(IssueSource.PETUGAS_LAPANGAN);
        assertThat(f.stage.getValue())
                .isEqualTo(elections
                        .active()
                        .flatMap(e -> e.stageOn(Wib.today(clock)))
                        .orElse(null));

        _setValue(f.title, "ASN kelurahan mengarahkan warga memilih paslon");
        _setValue(f.description, "Disampaikan saat apel pagi di kantor kelurahan");
        _setValue(f.category, categoryInfo("NETRALITAS_ASN"));
        _setValue(f.severity, Severity.TINGGI);
        _setValue(f.kecamatan, area("31.71.03"));
        assertThat(f.kelurahan.getListDataView().getItems().map(WilayahArea::name))
                .contains("Kemayoran", "Serdang");
        _setValue(f.kelurahan, area("31.71.03.1004"));
        _setValue(f.tps, "17");
        _setValue(f.address, "Jl. Serdang Baru");
        _click(form.save);

        IssueDetailView detail = _get(IssueDetailView.class);
        assertThat(detail.heading.getText()).endsWith("ASN kelurahan mengarahkan warga memilih paslon");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).matches("Permasalahan #\\d+ tercatat\\."));
        long id = Long.parseLong(detail.heading.getText().substring(1).split(" ")[0]);
        IssueInfo filed = issues.issue(id);
        assertThat(filed.kelurahanCode()).isEqualTo("31.71.03.1004");
        assertThat(filed.kecamatanCode()).isEqualTo("31.71.03");
        assertThat(filed.tps()).isEqualTo("17");
        assertThat(filed.source()).isEqualTo(IssueSource.PETUGAS_LAPANGAN);
        assertThat(filed.severity()).isEqualTo(Severity.TINGGI);
        assertThat(filed.reporter()).isEqualTo(CurrentActor.require().displayName());
        assertThat(textOf(detail.facts))
                .contains("Serdang, Kemayoran, Jakarta Pusat")
                .contains("Jl. Serdang Baru");
    }

    @Test
    void a_likely_duplicate_is_shown_before_saving_and_the_person_decides() {
        IssueInfo earlier = file(
                "ketua.jakpus", "Nama pemilih ganda di daftar pemilih tetap", "DPT", Severity.SEDANG, "31.71.03.1002");
        login("ketua.jakpus");
        UI.getCurrent().navigate("permasalahan/baru");
        IssueFormView form = _get(IssueFormView.class);
        _setValue(form.fields.title, "Warga pindahan tidak terdaftar");
        _setValue(form.fields.category, categoryInfo("DPT"));
        _setValue(form.fields.kecamatan, area("31.71.03"));
        _setValue(form.fields.kelurahan, area("31.71.03.1002"));
        long before = issues.count(IssueFilter.ALL);

        _click(form.save);
        DuplicatesDialog dialog = _get(DuplicatesDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        RouterLink link =
                _get(dialog.list, RouterLink.class, spec -> spec.withText("#" + earlier.id() + " " + earlier.title()));
        assertThat(link.getHref()).isEqualTo("permasalahan/" + earlier.id());
        assertThat(issues.count(IssueFilter.ALL)).as("nothing stored yet").isEqualTo(before);

        // Back to the entry: everything typed is still there.
        _click(dialog.back);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(form.fields.title.getValue()).isEqualTo("Warga pindahan tidak terdaftar");

        _click(form.save);
        _click(_get(DuplicatesDialog.class).saveAnyway);
        assertThat(issues.count(IssueFilter.ALL)).isEqualTo(before + 1);
        assertThat(_get(IssueDetailView.class).heading.getText()).endsWith("Warga pindahan tidak terdaftar");
    }

    @Test
    void a_refusal_is_told_in_indonesian_and_keeps_what_was_typed() {
        login("petugas.jakpus");
        UI.getCurrent().navigate("permasalahan/baru");
        IssueFormView form = _get(IssueFormView.class);
        IssueFields f = form.fields;
        _setValue(f.description, "Kotak suara tiba dalam keadaan segel rusak");
        _setValue(f.category, categoryInfo("LOGISTIK"));
        _setValue(f.kecamatan, area("31.71.02"));
        _setValue(f.kelurahan, area("31.71.02.1003"));
        _setValue(f.tps, "8");
        long before = issues.count(IssueFilter.ALL);

        _click(form.save);

        assertThat(notifications()).contains("Judul permasalahan wajib diisi.");
        assertThat(f.title.isInvalid()).isTrue();
        assertThat(f.title.getErrorMessage()).isEqualTo("Judul permasalahan wajib diisi.");
        assertThat(f.description.getValue()).isEqualTo("Kotak suara tiba dalam keadaan segel rusak");
        assertThat(f.kelurahan.getValue().name()).isEqualTo("Kartini");
        assertThat(f.tps.getValue()).isEqualTo("8");
        assertThat(issues.count(IssueFilter.ALL)).isEqualTo(before);
        _assertNone(IssueDetailView.class);

        // Without a category the form says so itself, next to the field.
        _setValue(f.title, "Segel kotak suara rusak");
        f.category.clear();
        _click(form.save);
        assertThat(f.category.isInvalid()).isTrue();
        assertThat(f.category.getErrorMessage()).isEqualTo("Pilih kategori permasalahan.");
        assertThat(issues.count(IssueFilter.ALL)).isEqualTo(before);
    }

    @Test
    void a_liaison_cannot_open_the_form() {
        login("polda");
        UI.getCurrent().navigate("permasalahan/baru");
        _assertNone(IssueFormView.class);
    }

    private CategoryInfo categoryInfo(String code) {
        return issues.categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private WilayahArea area(String code) {
        return places.find(code).orElseThrow();
    }
}
