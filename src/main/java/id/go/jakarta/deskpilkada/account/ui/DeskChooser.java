package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.go.jakarta.deskpilkada.account.DeskChoice;
import java.util.List;
import java.util.function.Consumer;

/** The choice of the desk to work in: the person's desks with his role in each, the current one first chosen. */
class DeskChooser extends Dialog {

    final ComboBox<DeskChoice> desk = new ComboBox<>();
    final Button go = new Button();
    final Button stay = new Button();

    DeskChooser(List<DeskChoice> choices, Consumer<DeskChoice> switchTo) {
        setHeaderTitle(getTranslation("desk.switch.title"));
        desk.setLabel(getTranslation("desk.switch.desk"));
        desk.setItems(choices);
        desk.setItemLabelGenerator(
                c -> c.deskName() + " · " + getTranslation(c.role().labelKey()));
        choices.stream().filter(DeskChoice::current).findFirst().ifPresent(desk::setValue);
        desk.setWidthFull();
        go.setText(getTranslation("desk.switch.go"));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> {
            DeskChoice chosen = desk.getValue();
            close();
            if (chosen != null && !chosen.current()) {
                switchTo.accept(chosen);
            }
        });
        stay.setText(getTranslation("desk.switch.stay"));
        stay.addClickListener(e -> close());
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("desk.switch.help")), desk);
        body.setPadding(false);
        add(body);
        getFooter().add(stay, go);
        setWidth("min(32em, 95vw)");
    }
}
