package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a reporter enters about an issue, shared by the new-issue page and the edit dialog so both
 * ask the same way. One column on a phone. The place is picked down the reference tree (wilayah,
 * then kecamatan, then kelurahan) among the wilayah the person may file in, so a code is never
 * typed by hand. The service checks everything again; its refusal is pinned to the field it names.
 */
class IssueFields extends FormLayout {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<CategoryInfo> category = new ComboBox<>();
    final Select<Severity> severity = new Select<>();
    final ComboBox<WilayahArea> wilayah = new ComboBox<>();
    final ComboBox<WilayahArea> kecamatan = new ComboBox<>();
    final ComboBox<WilayahArea> kelurahan = new ComboBox<>();
    final TextField tps = new TextField();
    final TextField address = new TextField();
    final Select<IssueSource> source = new Select<>();
    final ComboBox<StageInfo> stage = new ComboBox<>();

    private final WilayahService places;
    /** The kecamatan is being set from the kelurahan/desa picked: keep that pick. */
    private boolean followingKelurahan;

    IssueFields(IssueService issues, WilayahService places, Optional<ElectionInfo> election, Actor actor, Clock clock) {
        this.places = places;
        addClassName("issue-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));

        title.setLabel(getTranslation("issueForm.title"));
        title.setMaxLength(IssueService.MAX_TITLE);
        title.setWidthFull();
        description.setLabel(getTranslation("issueForm.description"));
        description.setMaxLength(IssueService.MAX_DESCRIPTION);
        description.setWidthFull();
        description.setMinHeight("6em");

        category.setLabel(getTranslation("issueForm.category"));
        category.setItems(
                issues.categories().stream().filter(CategoryInfo::active).toList());
        category.setItemLabelGenerator(CategoryInfo::name);
        severity.setLabel(getTranslation("issueForm.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        severity.setValue(Severity.SEDANG);

        wilayah.setLabel(getTranslation("issueForm.wilayah"));
        wilayah.setItemLabelGenerator(WilayahArea::shortName);
        List<WilayahArea> mine = issues.wilayahForFiling();
        wilayah.setItems(mine);
        kecamatan.setLabel(getTranslation("issueForm.kecamatan"));
        kecamatan.setItemLabelGenerator(WilayahArea::name);
        kecamatan.setClearButtonVisible(true);
        kelurahan.setLabel(getTranslation("issueForm.kelurahan"));
        kelurahan.setHelperText(getTranslation("issueForm.kelurahan.help"));
        kelurahan.setClearButtonVisible(true);
        wilayah.addValueChangeListener(e -> {
            kecamatan.setItems(
                    e.getValue() == null
                            ? List.of()
                            : places.children(e.getValue().code()));
            kecamatan.clear();
            offerKelurahan();
        });
        kecamatan.addValueChangeListener(e -> {
            if (!followingKelurahan) {
                offerKelurahan();
            }
        });
        // A kelurahan/desa picked from the whole kabupaten/kota fills in its kecamatan.
        kelurahan.addValueChangeListener(e -> {
            WilayahArea picked = e.getValue();
            if (picked != null
                    && (kecamatan.getValue() == null
                            || !kecamatan.getValue().code().equals(picked.parentCode()))) {
                followingKelurahan = true;
                try {
                    kecamatan.setValue(area(picked.parentCode()));
                } finally {
                    followingKelurahan = false;
                }
            }
        });
        kecamatan.setItems(List.of());
        kelurahan.setItems(List.of());
        if (mine.size() == 1) {
            wilayah.setValue(mine.getFirst());
        }

        tps.setLabel(getTranslation("issueForm.tps"));
        tps.setHelperText(getTranslation("issueForm.tps.help"));
        tps.setMaxLength(4);
        tps.setAllowedCharPattern("[0-9]");
        tps.getElement().setAttribute("inputmode", "numeric");
        address.setLabel(getTranslation("issueForm.address"));
        address.setMaxLength(IssueService.MAX_ADDRESS);
        address.setWidthFull();

        source.setLabel(getTranslation("issueForm.source"));
        source.setItems(IssueSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        // An officer files what he saw himself in the field; everyone else at the post's desk.
        source.setValue(actor.is(Role.PETUGAS) ? IssueSource.PETUGAS_LAPANGAN : IssueSource.POSKO);

        stage.setLabel(getTranslation("issueForm.stage"));
        stage.setItemLabelGenerator(StageInfo::name);
        stage.setHelperText(getTranslation("issueForm.stage.help"));
        List<StageInfo> stages = election.map(ElectionInfo::stages).orElse(List.of());
        stage.setItems(stages);
        stage.setVisible(!stages.isEmpty());
        election.flatMap(e -> e.stageOn(Wib.today(clock))).ifPresent(stage::setValue);

        add(title, 2);
        add(description, 2);
        add(category, severity, wilayah, kecamatan, kelurahan, tps);
        add(address, 2);
        add(source, stage);
    }

    /**
     * The kelurahan/desa on offer: those of the kecamatan chosen, or, before one is, every one of
     * the kabupaten/kota (some have more than 800; the field filters as one types), each with its
     * kecamatan. A name that two of them share in one list says which is the kelurahan or the desa
     * (and the code, where even that is the same).
     */
    private void offerKelurahan() {
        WilayahArea wil = wilayah.getValue();
        WilayahArea kec = kecamatan.getValue();
        List<WilayahArea> offered =
                kec != null ? places.children(kec.code()) : wil != null ? places.desaOf(wil.code()) : List.of();
        Map<String, String> kecamatanNames = kec != null || wil == null
                ? Map.of()
                : places.children(wil.code()).stream().collect(Collectors.toMap(WilayahArea::code, WilayahArea::name));
        Map<String, Long> names =
                offered.stream().collect(Collectors.groupingBy(WilayahArea::name, Collectors.counting()));
        Map<String, Long> namesAndKinds =
                offered.stream().collect(Collectors.groupingBy(a -> a.name() + "|" + a.kind(), Collectors.counting()));
        kelurahan.setItemLabelGenerator(a -> {
            String name = a.name();
            if (names.getOrDefault(a.name(), 1L) > 1) {
                name += " (" + getTranslation(a.kind().labelKey())
                        + (namesAndKinds.getOrDefault(a.name() + "|" + a.kind(), 1L) > 1 ? " " + a.code() : "")
                        + ")";
            }
            String inKecamatan = a.parentCode() == null ? null : kecamatanNames.get(a.parentCode());
            return inKecamatan == null ? name : getTranslation("issueForm.kelurahan.inKecamatan", name, inKecamatan);
        });
        kelurahan.setItems(offered);
        kelurahan.clear();
    }

    /** Fills the fields with an issue as it is now (for editing). */
    void show(IssueInfo issue, CategoryInfo current) {
        title.setValue(issue.title());
        description.setValue(issue.description() == null ? "" : issue.description());
        if (category.getListDataView().getItems().noneMatch(c -> c.id() == current.id())) {
            // A category no longer offered stays selectable on the issues that have it.
            List<CategoryInfo> items =
                    new ArrayList<>(category.getListDataView().getItems().toList());
            items.add(current);
            category.setItems(items);
        }
        category.setValue(current);
        severity.setValue(issue.severity());
        WilayahArea wil = places.find(issue.wilayahCode()).orElse(null);
        if (wil != null
                && wilayah.getListDataView().getItems().noneMatch(w -> w.code().equals(wil.code()))) {
            List<WilayahArea> items =
                    new ArrayList<>(wilayah.getListDataView().getItems().toList());
            items.add(wil);
            wilayah.setItems(items);
        }
        wilayah.setValue(wil);
        kecamatan.setValue(area(issue.kecamatanCode()));
        kelurahan.setValue(area(issue.kelurahanCode()));
        tps.setValue(issue.tps() == null ? "" : issue.tps());
        address.setValue(issue.address() == null ? "" : issue.address());
        source.setValue(issue.source());
        stage.setValue(stage.getListDataView()
                .getItems()
                .filter(s -> issue.stageSeq() != null && s.seq() == issue.stageSeq())
                .findFirst()
                .orElse(null));
    }

    /** False (and the field says why) when something only this screen can check is missing. */
    boolean complete() {
        clearProblems();
        if (category.getValue() == null) {
            category.setErrorMessage(getTranslation("issueForm.category.required"));
            category.setInvalid(true);
            category.focus();
            return false;
        }
        return true;
    }

    /** The entry as the service takes it; only called after {@link #complete()}. */
    IssueForm form() {
        CategoryInfo chosen = category.getValue();
        StageInfo chosenStage = stage.getValue();
        return new IssueForm(
                title.getValue(),
                description.getValue(),
                chosen == null ? 0 : chosen.id(),
                severity.getValue() == null ? Severity.SEDANG : severity.getValue(),
                code(wilayah),
                code(kecamatan),
                code(kelurahan),
                tps.getValue(),
                address.getValue(),
                source.getValue() == null ? IssueSource.POSKO : source.getValue(),
                chosenStage == null ? null : chosenStage.seq());
    }

    /** Marks the field a refusal of the service is about, with the same words, and focuses it. */
    void mark(DeskException refusal) {
        clearProblems();
        HasValidation field = fieldOf(refusal.messageKey());
        if (field != null) {
            field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.args()));
            field.setInvalid(true);
            if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }

    private void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(
                title, description, category, wilayah, kecamatan, kelurahan, tps, address, stage)) {
            field.setInvalid(false);
        }
    }

    private @Nullable HasValidation fieldOf(String key) {
        return switch (key) {
            case "issue.title.required", "issue.title.tooLong" -> title;
            case "issue.description.tooLong" -> description;
            case "issue.category.unknown", "issue.category.inactive", "issueForm.category.required" -> category;
            case "issue.tps.invalid" -> tps;
            case "issue.address.tooLong" -> address;
            case "issue.kelurahan.unknown", "issue.place.mismatch" -> kelurahan;
            case "issue.kecamatan.unknown" -> kecamatan;
            case "issue.wilayah.unknown", "issue.place.required", "issue.place.outOfScope" -> wilayah;
            case "issue.stage.unknown" -> stage;
            default -> null;
        };
    }

    private @Nullable WilayahArea area(@Nullable String code) {
        return code == null ? null : places.find(code).orElse(null);
    }

    private static @Nullable String code(ComboBox<WilayahArea> field) {
        return field.getValue() == null ? null : field.getValue().code();
    }
}
