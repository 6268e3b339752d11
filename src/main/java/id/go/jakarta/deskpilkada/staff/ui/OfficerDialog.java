package id.go.jakarta.deskpilkada.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerForm;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.internal.Nip;
import id.go.jakarta.deskpilkada.staff.internal.Phone;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing an officer. The fields check what they can (NIP, name, phone) as they are
 * filled in; the service checks everything again, and what only it knows (a NIP taken, a role that
 * does not fit the agency, someone else's change) is shown above the buttons.
 */
class OfficerDialog extends Dialog {

    final TextField nip = new TextField();
    final TextField name = new TextField();
    final ComboBox<UnitInfo> unit = new ComboBox<>();
    final Select<PostRole> role = new Select<>();
    final TextField phone = new TextField();
    final Select<PoskoTile> post = new Select<>();
    final Checkbox reserve = new Checkbox();
    final Div error = new Div();
    final Button save = new Button();
    final Binder<Draft> binder = new Binder<>();

    private final StaffService staff;
    private final @Nullable OfficerInfo existing;
    private final Consumer<OfficerInfo> saved;

    OfficerDialog(
            StaffService staff,
            List<UnitInfo> units,
            List<PoskoTile> posts,
            @Nullable PoskoTile defaultPost,
            @Nullable OfficerInfo existing,
            Consumer<OfficerInfo> saved) {
        this.staff = staff;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(
                existing == null
                        ? getTranslation("officers.dialog.add")
                        : getTranslation("officers.dialog.edit", existing.fullName()));
        setWidth("min(44em, 95vw)");

        nip.setLabel(getTranslation("officers.nip"));
        nip.setHelperText(getTranslation("officers.nip.help"));
        nip.setMaxLength(30);
        name.setLabel(getTranslation("officers.name"));
        name.setMaxLength(StaffService.MAX_NAME + 20);
        unit.setLabel(getTranslation("officers.unit"));
        // A retired unit is offered only to the officer who has it already.
        unit.setItems(units.stream()
                .filter(u -> u.active() || existing != null && existing.unitId() == u.id())
                .toList());
        unit.setItemLabelGenerator(u -> u.shortName() + " · " + u.name());
        role.setLabel(getTranslation("officers.role"));
        role.setItems(PostRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        phone.setLabel(getTranslation("officers.phone"));
        phone.setHelperText(getTranslation("officers.phone.help"));
        phone.setMaxLength(30);
        post.setLabel(getTranslation("officers.posko"));
        post.setItems(posts);
        post.setItemLabelGenerator(PoskoTile::name);
        post.setReadOnly(posts.size() == 1);
        reserve.setLabel(getTranslation("officers.reserve"));

        String required = getTranslation("officers.required");
        binder.forField(nip)
                .asRequired(required)
                .withValidator(keyed(v -> Nip.problem(v.replaceAll("\\s", ""))))
                .bind(Draft::getNip, Draft::setNip);
        binder.forField(name)
                .asRequired(required)
                .withValidator(
                        v -> v.strip().length() <= StaffService.MAX_NAME,
                        getTranslation("officers.name.tooLong", StaffService.MAX_NAME))
                .bind(Draft::getName, Draft::setName);
        binder.forField(unit).asRequired(required).bind(Draft::getUnit, Draft::setUnit);
        binder.forField(role).asRequired(required).bind(Draft::getRole, Draft::setRole);
        binder.forField(phone).withValidator(keyed(Phone::problem)).bind(Draft::getPhone, Draft::setPhone);
        binder.forField(post).asRequired(required).bind(Draft::getPost, Draft::setPost);
        binder.forField(reserve).bind(Draft::isReserve, Draft::setReserve);
        binder.readBean(draft(units, posts, defaultPost));

        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.setText(getTranslation("alertDialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        FormLayout form = new FormLayout(nip, name, unit, role, phone, post, reserve);
        add(form, error);
        getFooter().add(new Button(getTranslation("alertDialog.cancel"), e -> close()), save);
    }

    private void save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            error.setVisible(false);
            return;
        }
        // Required fields: the binder let the draft through only with them filled in.
        OfficerForm form = new OfficerForm(
                draft.getNip(),
                draft.getName(),
                Objects.requireNonNull(draft.getUnit()).id(),
                Objects.requireNonNull(draft.getRole()),
                draft.getPhone(),
                Objects.requireNonNull(draft.getPost()).id(),
                draft.isReserve());
        try {
            OfficerInfo result =
                    existing == null ? staff.create(form) : staff.update(existing.id(), existing.version(), form);
            close();
            saved.accept(result);
        } catch (DeskException ex) {
            error.setText(getTranslation(ex.messageKey(), ex.args()));
            error.setVisible(true);
        }
    }

    private Draft draft(List<UnitInfo> units, List<PoskoTile> posts, @Nullable PoskoTile defaultPost) {
        Draft draft = new Draft();
        if (existing == null) {
            draft.setPost(defaultPost != null ? defaultPost : posts.size() == 1 ? posts.getFirst() : null);
            return draft;
        }
        draft.setNip(existing.nip());
        draft.setName(existing.fullName());
        draft.setUnit(units.stream()
                .filter(u -> u.id() == existing.unitId())
                .findFirst()
                .orElse(null));
        draft.setRole(existing.postRole());
        draft.setPhone(existing.phone() == null ? "" : existing.phone());
        draft.setPost(posts.stream()
                .filter(p -> p.id() == existing.homePoskoId())
                .findFirst()
                .orElse(null));
        draft.setReserve(existing.reserve());
        return draft;
    }

    /** A check that names its problem as a message key with the value as argument, like the service. */
    private Validator<String> keyed(Function<String, Optional<String>> problem) {
        return (value, context) -> problem.apply(value)
                .map(key -> ValidationResult.error(getTranslation(key, value.strip())))
                .orElse(ValidationResult.ok());
    }

    /** What the fields edit; becomes an {@link OfficerForm} once valid. */
    static final class Draft {
        private String nip = "";
        private String name = "";
        private @Nullable UnitInfo unit;
        private @Nullable PostRole role;
        private String phone = "";
        private @Nullable PoskoTile post;
        private boolean reserve;

        String getNip() {
            return nip;
        }

        void setNip(String nip) {
            this.nip = nip;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        @Nullable
        UnitInfo getUnit() {
            return unit;
        }

        void setUnit(@Nullable UnitInfo unit) {
            this.unit = unit;
        }

        @Nullable
        PostRole getRole() {
            return role;
        }

        void setRole(@Nullable PostRole role) {
            this.role = role;
        }

        String getPhone() {
            return phone;
        }

        void setPhone(String phone) {
            this.phone = phone;
        }

        @Nullable
        PoskoTile getPost() {
            return post;
        }

        void setPost(@Nullable PoskoTile post) {
            this.post = post;
        }

        boolean isReserve() {
            return reserve;
        }

        void setReserve(boolean reserve) {
            this.reserve = reserve;
        }
    }
}
