package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.account.AccountImport;
import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.AccountsChanged;
import id.go.jakarta.deskpilkada.account.InitialPassword;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.base.ui.SecretOnceDialog;
import id.go.jakarta.deskpilkada.base.ui.TableUpload;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Accounts: who may sign in, with which role, for which post or agency. New accounts and password
 * resets get one-time passwords shown once; a lock after wrong passwords can be lifted; accounts
 * come from and go to CSV or XLSX files. Changes by other ADMINs appear live.
 */
@Route("admin/pengguna")
@Menu(order = 90, title = "nav.accounts")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AccountInfo> grid = new Grid<>();
    final Button add = new Button();
    final Button exportCsv = new Button();
    final Button exportXlsx = new Button();
    final FileOffer exported = new FileOffer(exportCsv, exportXlsx);
    final TableUpload upload;

    private final AccountService accounts;
    private final StaffService staff;
    private final List<PoskoTile> posts;
    private final List<UnitInfo> units;
    /** The one-time passwords of the last import, from its thread to the screen's. */
    private final AtomicReference<List<InitialPassword>> issued = new AtomicReference<>(List.of());

    private Map<Long, OfficerInfo> officers = Map.of();

    AccountsView(AccountService accounts, PoskoService posko, StaffService staff, LiveEventBus bus) {
        this.accounts = accounts;
        this.staff = staff;
        this.posts = posko.tiles();
        this.units = staff.units();
        addClassName("accounts-view");
        setSizeFull();
        Map<Long, String> postNames = posts.stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::name));
        Map<Long, String> unitNames = units.stream().collect(Collectors.toMap(UnitInfo::id, UnitInfo::shortName));

        grid.addColumn(AccountInfo::username)
                .setHeader(getTranslation("accounts.username"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(AccountInfo::displayName)
                .setHeader(getTranslation("accounts.displayName"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().labelKey()))
                .setHeader(getTranslation("accounts.role"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> a.poskoId() != null
                        ? postNames.getOrDefault(a.poskoId(), "?")
                        : a.unitId() != null ? unitNames.getOrDefault(a.unitId(), "?") : "")
                .setHeader(getTranslation("accounts.binding"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.officerId() == null
                        ? ""
                        : officers.containsKey(a.officerId())
                                ? officers.get(a.officerId()).fullName()
                                : "#" + a.officerId())
                .setHeader(getTranslation("accounts.officer"))
                .setAutoWidth(true);
        grid.addColumn(AccountsView::contact)
                .setHeader(getTranslation("accounts.contact"))
                .setAutoWidth(true);
        grid.addColumn(this::status)
                .setKey("status")
                .setHeader(getTranslation("accounts.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> Wib.dateTime(a.createdAt(), getLocale()))
                .setHeader(getTranslation("accounts.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        grid.setSizeFull();

        add.setText(getTranslation("accounts.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new AccountDialog(null, posts, units, this::create).open());

        exportCsv.setText(getTranslation("accounts.export.csv"));
        exportCsv.addClickListener(e -> export(TableFormat.CSV));
        exportXlsx.setText(getTranslation("accounts.export.xlsx"));
        exportXlsx.addClickListener(e -> export(TableFormat.XLSX));
        for (Button export : List.of(exportCsv, exportXlsx)) {
            export.setIcon(VaadinIcon.DOWNLOAD.create());
            export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        upload = new TableUpload(this::importFile, "accounts.import.done", "accounts.import.failed", this::imported);
        Span importHelp =
                new Span(getTranslation("accounts.import.help", TableReader.MAX_MB, AccountService.MAX_IMPORT_ROWS));
        importHelp.addClassName("help-text");

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("accounts.title")), add);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        HorizontalLayout files = new HorizontalLayout(exportCsv, exportXlsx, exported);
        files.setWrap(true);
        add(header, files, upload, importHelp, grid);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof AccountsChanged, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }

    void refresh() {
        List<AccountInfo> list = accounts.list();
        Map<Long, OfficerInfo> byId = new HashMap<>();
        list.stream()
                .map(AccountInfo::poskoId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(p -> staff.officersOf(p).forEach(o -> byId.put(o.id(), o)));
        officers = byId;
        grid.setItems(list);
    }

    /** Links a post account to the officer it belongs to (for signing in to duty), or unlinks it. */
    void linkDialog(AccountInfo account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.officer.title", account.username()));
        ComboBox<OfficerInfo> officer = new ComboBox<>(getTranslation("accounts.officer"));
        officer.setItems(account.poskoId() == null ? List.of() : staff.officersOf(account.poskoId()));
        officer.setItemLabelGenerator(o -> o.fullName() + " · " + o.nip());
        officer.setClearButtonVisible(true);
        officer.setWidth("min(26rem, 80vw)");
        if (account.officerId() != null) {
            officer.setValue(officers.get(account.officerId()));
        }
        Button save = new Button(getTranslation("accounts.officer.save"), e -> {
            if (run(() -> accounts.linkOfficer(
                    account.id(),
                    officer.getValue() == null ? null : officer.getValue().id(),
                    account.version()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(officer);
        dialog.getFooter().add(new Button(getTranslation("dialog.close"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Asks before an account's password is replaced by a one-time one, then shows that once. */
    void resetDialog(AccountInfo account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.resetPassword.title", account.username()));
        dialog.setWidth("min(32em, 95vw)");
        dialog.add(new Paragraph(getTranslation("accounts.resetPassword.confirm", account.displayName())));
        Button reset = new Button(getTranslation("accounts.resetPassword"), e -> {
            InitialPassword issuedNow = attempt(() -> accounts.resetPassword(account.id(), account.version()));
            dialog.close();
            if (issuedNow != null) {
                showOnce(getTranslation("accounts.resetPassword.done", account.username()), issuedNow);
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("alertDialog.cancel"), e -> dialog.close()), reset);
        dialog.open();
    }

    private void create(NewAccount request) {
        InitialPassword created = accounts.create(request);
        refresh();
        showOnce(getTranslation("accounts.created.title", created.account().username()), created);
    }

    private void showOnce(String title, InitialPassword password) {
        new SecretOnceDialog(
                        title,
                        getTranslation(
                                "accounts.initialPassword.explanation",
                                password.account().displayName(),
                                password.account().username()),
                        password.password(),
                        "accounts.initialPassword",
                        "accounts.initialPassword.once")
                .open();
    }

    private ImportResult importFile(InputStream content) {
        AccountImport imported = accounts.importAccounts(content);
        issued.set(imported.passwords());
        return imported.result();
    }

    /** After an applied file: reload, and hand over the new accounts' passwords once. */
    private void imported() {
        refresh();
        List<InitialPassword> passwords = issued.getAndSet(List.of());
        if (!passwords.isEmpty()) {
            new InitialPasswordsDialog(accounts, passwords).open();
        }
    }

    private void export(TableFormat format) {
        String name = format.fileName("pengguna");
        exported.prepare(running -> new FileOffer.File(name, format.contentType(), accounts.exportAccounts(format)));
    }

    private HorizontalLayout actions(AccountInfo account) {
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button(
                getTranslation("accounts.edit"),
                e -> new AccountDialog(account, posts, units, changed -> {
                            accounts.update(account.id(), account.version(), changed);
                            refresh();
                        })
                        .open()));
        buttons.add(new Button(
                getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                e -> run(() -> accounts.setEnabled(account.id(), !account.enabled(), account.version()))));
        buttons.add(new Button(getTranslation("accounts.resetPassword"), e -> resetDialog(account)));
        if (account.lockedUntil() != null) {
            buttons.add(new Button(getTranslation("accounts.unlock"), e -> run(() -> accounts.unlock(account.id()))));
        }
        if (account.poskoId() != null) {
            buttons.add(new Button(getTranslation("accounts.officer"), e -> linkDialog(account)));
        }
        buttons.forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        buttons.forEach(actions::add);
        return actions;
    }

    private String status(AccountInfo a) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled"));
        if (a.lockedUntil() != null) {
            parts.add(getTranslation("accounts.lockedUntil", Wib.time(a.lockedUntil())));
        }
        if (a.mustChangePassword()) {
            parts.add(getTranslation("accounts.mustChangePassword"));
        }
        return String.join(" · ", parts);
    }

    private static String contact(AccountInfo a) {
        List<String> parts = new ArrayList<>();
        if (a.phone() != null) {
            parts.add(a.phone());
        }
        if (a.email() != null) {
            parts.add(a.email());
        }
        return String.join(" · ", parts);
    }

    /** Runs an account change; a refusal is shown and the grid reloaded either way. */
    private boolean run(Runnable change) {
        return attempt(() -> {
                    change.run();
                    Notification.show(getTranslation("accounts.saved"), 2500, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    return Boolean.TRUE;
                })
                != null;
    }

    /** The change's result, or null when it was refused (said in a notification); the grid reloads. */
    private <T> @Nullable T attempt(Supplier<T> change) {
        try {
            return change.get();
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return null;
        } finally {
            refresh();
        }
    }
}
