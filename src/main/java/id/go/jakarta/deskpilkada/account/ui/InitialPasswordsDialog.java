package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.InitialPassword;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import java.util.List;

/**
 * The one-time passwords of the accounts an import created, offered as a file while this dialog is
 * open and never again: the server keeps only their hashes. Closing it needs the button, so that a
 * click beside it does not lose them.
 */
class InitialPasswordsDialog extends Dialog {

    final Paragraph explanation = new Paragraph();
    final Button csv = new Button();
    final Button xlsx = new Button();
    final FileOffer offer = new FileOffer(csv, xlsx);
    final Button done = new Button();

    InitialPasswordsDialog(AccountService accounts, List<InitialPassword> passwords) {
        addClassName("initial-passwords");
        setHeaderTitle(getTranslation("accounts.import.passwords.title", passwords.size()));
        setWidth("min(40em, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        explanation.setText(getTranslation("accounts.import.passwords.explanation", passwords.size()));
        Paragraph warning = new Paragraph(getTranslation("accounts.import.passwords.once"));
        warning.addClassName("dialog-error");
        csv.setText(getTranslation("accounts.import.passwords.csv"));
        xlsx.setText(getTranslation("accounts.import.passwords.xlsx"));
        for (Button button : List.of(csv, xlsx)) {
            button.setIcon(VaadinIcon.DOWNLOAD.create());
            TableFormat format = button == csv ? TableFormat.CSV : TableFormat.XLSX;
            button.addClickListener(e -> offer.prepare(running -> new FileOffer.File(
                    format.fileName("sandi-awal"),
                    format.contentType(),
                    accounts.initialPasswordsFile(format, passwords))));
        }
        HorizontalLayout files = new HorizontalLayout(csv, xlsx, offer);
        files.setWrap(true);
        add(explanation, files, warning);
        done.setText(getTranslation("accounts.import.passwords.done"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> close());
        getFooter().add(done);
    }
}
