package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The upload of one CSV or XLSX file that a service imports all or nothing. The file is imported
 * off the UI thread as the signed-in person, one at a time per screen; then the screen shows the
 * count ({@code doneKey}) or every bad row ({@link ImportProblemsDialog}), and a problem with the
 * file itself as an error notification. What an import stored is told even if the person has
 * moved to another page meanwhile, so leaving the screen does not cancel it.
 *
 * <pre>{@code
 * final TableUpload upload = new TableUpload(
 *         staff::importOfficers, "officers.import.done", "officers.import.failed", this::refresh);
 * }</pre>
 */
public final class TableUpload extends Upload {

    /** Reads and applies a file; runs on the job's thread, so it touches no component. */
    @FunctionalInterface
    public interface Importer {

        ImportResult importFrom(InputStream content);
    }

    private final Importer importer;
    private final String doneKey;
    private final String refusedKey;
    private final Runnable applied;
    private final BackgroundJob imports = BackgroundJob.untied().oneAtATime();

    /**
     * @param importer   the service's import
     * @param doneKey    said when a file was applied, with the rows imported, created, updated
     *                   and unchanged as arguments
     * @param refusedKey the problems dialog's summary, with the number of bad rows as argument
     * @param applied    what the screen does once a file was applied (reloads)
     */
    public TableUpload(Importer importer, String doneKey, String refusedKey, Runnable applied) {
        this.importer = importer;
        this.doneKey = doneKey;
        this.refusedKey = refusedKey;
        this.applied = applied;
        addClassName("table-upload");
        setUploadHandler(this::receive);
        setMaxFiles(1);
        setMaxFileSize(TableReader.MAX_BYTES);
        setAcceptedFileTypes(".csv", ".xlsx");
        setUploadButton(new Button(getTranslation("table.import.button"), VaadinIcon.UPLOAD.create()));
        setDropLabel(new Span(getTranslation("table.import.drop")));
        String rejected = getTranslation("table.import.rejected", TableReader.MAX_MB);
        setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("table.import.tooLarge", TableReader.MAX_MB))
                        .setIncorrectFileType(rejected)
                        .setTooManyFiles(getTranslation("table.import.oneFile"))));
        addFileRejectedListener(e -> ErrorHandling.show(rejected));
    }

    /** Runs on the upload request: takes the bytes (one more than allowed, so "too large" is seen). */
    private void receive(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(TableReader.MAX_BYTES + 1);
        }
        start(event.getUI(), content, event.getFileName());
    }

    /**
     * Imports {@code content} off the UI thread as the signed-in person, then shows the outcome on
     * {@code ui}. While an import runs, another is refused with a notification.
     */
    public void start(UI ui, byte[] content, String fileName) {
        boolean started = imports.task(running -> importer.importFrom(new ByteArrayInputStream(content)))
                .onSuccess(result -> imported(fileName, result))
                .start(ui);
        if (!started) {
            UiAccess.run(ui, () -> ErrorHandling.show(getTranslation("table.import.busy")));
        }
    }

    private void imported(String fileName, ImportResult result) {
        clearFileList();
        if (result.applied()) {
            Notification.show(
                            getTranslation(
                                    doneKey, result.imported(), result.created(), result.updated(), result.unchanged()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            applied.run();
        } else {
            new ImportProblemsDialog(fileName, refusedKey, result).open();
        }
    }
}
