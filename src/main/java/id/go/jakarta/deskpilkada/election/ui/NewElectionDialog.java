package id.go.jakarta.deskpilkada.election.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.ElectionSetup;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A new election: its kind, region, voting day and possible second round. The calendar is the KPU
 * template placed around the voting day (the preview says how many stages, from when to when); the
 * name is suggested from the kind, region and year until the ADMIN types his own.
 */
class NewElectionDialog extends Dialog {

    final Select<ElectionKind> kind = new Select<>();
    final ComboBox<WilayahArea> region = new ComboBox<>();
    final DatePicker votingDay = new DatePicker();
    final DatePicker secondRound = new DatePicker();
    final TextField name = new TextField();
    final Checkbox activate = new Checkbox();
    final Paragraph preview = new Paragraph();
    final Div error = new Div();
    final Button save = new Button();

    private final ElectionService service;
    private final Consumer<ElectionInfo> created;
    private boolean nameTyped;

    NewElectionDialog(ElectionService service, WilayahService wilayah, Clock clock, Consumer<ElectionInfo> created) {
        this.service = service;
        this.created = created;
        setHeaderTitle(getTranslation("election.new"));
        setWidth("min(40em, 100vw)");
        kind.setLabel(getTranslation("election.kind"));
        kind.setItems(ElectionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(ElectionKind.GUBERNUR);
        region.setLabel(getTranslation("election.region"));
        region.setRequired(true);
        region.setPlaceholder(getTranslation("election.region.search"));
        RegionChoices.offer(region, wilayah, ElectionKind.GUBERNUR);
        votingDay.setLabel(getTranslation("election.votingDay"));
        votingDay.setRequired(true);
        votingDay.setMin(Wib.today(clock).minusYears(15));
        secondRound.setLabel(getTranslation("election.secondRound"));
        secondRound.setHelperText(getTranslation("election.secondRound.help"));
        secondRound.setClearButtonVisible(true);
        name.setLabel(getTranslation("election.name"));
        name.setMaxLength(ElectionService.MAX_NAME);
        name.setRequired(true);
        activate.setLabel(getTranslation("election.new.activate"));
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        kind.addValueChangeListener(e -> {
            RegionChoices.offer(region, wilayah, e.getValue());
            suggest();
        });
        region.addValueChangeListener(e -> suggest());
        votingDay.addValueChangeListener(e -> suggest());
        secondRound.addValueChangeListener(e -> suggest());
        name.addValueChangeListener(e -> nameTyped |= e.isFromClient());

        FormLayout form = new FormLayout(kind, region, votingDay, secondRound, name, activate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(region, 2);
        form.setColspan(name, 2);
        form.setColspan(activate, 2);
        add(error, form, preview);
        save.setText(getTranslation("election.new.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        suggest();
    }

    private void suggest() {
        ElectionKind k = kind.getValue();
        WilayahArea area = region.getValue();
        LocalDate day = votingDay.getValue();
        if (!nameTyped && k != null && area != null && day != null) {
            name.setValue(getTranslation("election.suggestedName." + k.name(), area.name(), day.getYear()));
        }
        if (k == null || day == null) {
            preview.setText(getTranslation("election.preview.none"));
            return;
        }
        LocalDate second = secondRound.getValue();
        if (second != null && !second.isAfter(day)) {
            preview.setText(getTranslation("election.preview.none"));
            return;
        }
        var stages = service.template(k, day, second);
        preview.setText(getTranslation(
                "election.preview",
                stages.size(),
                Wib.date(stages.getFirst().startsOn(), getLocale()),
                Wib.date(stages.getLast().endsOn(), getLocale())));
    }

    private void save() {
        WilayahArea area = region.getValue();
        ElectionKind k = kind.getValue();
        try {
            ElectionInfo election = service.setUp(
                    new ElectionSetup(
                            name.getValue(),
                            k == null ? ElectionKind.GUBERNUR : k,
                            area == null ? "" : area.code(),
                            votingDay.getValue(),
                            secondRound.getValue()),
                    activate.getValue());
            close();
            created.accept(election);
        } catch (DeskException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
            error.setVisible(true);
        }
    }
}
