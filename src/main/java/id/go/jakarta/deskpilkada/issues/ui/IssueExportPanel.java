package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.BackgroundJob;
import id.go.jakarta.deskpilkada.base.ui.ErrorHandling;
import id.go.jakarta.deskpilkada.base.ui.UiAccess;
import id.go.jakarta.deskpilkada.issues.IssueExport;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueService;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Export of the list as it is filtered, as CSV or XLSX. The file is written off the UI thread, as
 * the signed-in person (the export sees what he sees), into a temporary file while a bar shows the
 * rows written; then it is offered for download and deleted once downloaded, or when the screen
 * closes or a new export starts. A large export therefore never runs inside a request that could
 * time out, and the download itself is a plain file.
 */
class IssueExportPanel extends HorizontalLayout {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    final Button csv = new Button();
    final Button xlsx = new Button();
    final Button cancel = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Anchor download = new Anchor();

    private final IssueExport export;
    private final IssueService issues;
    private final Supplier<IssueFilter> filter;
    private final Clock clock;
    /** One export at a time; leaving the screen cancels it. */
    private final BackgroundJob job = BackgroundJob.tiedTo(this).oneAtATime();
    /** The finished file on offer, if any. */
    private volatile @Nullable Path ready;

    IssueExportPanel(IssueExport export, IssueService issues, Supplier<IssueFilter> filter, Clock clock) {
        this.export = export;
        this.issues = issues;
        this.filter = filter;
        this.clock = clock;
        addClassName("issue-export");
        setDefaultVerticalComponentAlignment(Alignment.CENTER);

        csv.setText(getTranslation("issues.export.csv"));
        csv.setIcon(VaadinIcon.DOWNLOAD.create());
        csv.addClickListener(e -> start(TableFormat.CSV));
        xlsx.setText(getTranslation("issues.export.xlsx"));
        xlsx.setIcon(VaadinIcon.DOWNLOAD.create());
        xlsx.addClickListener(e -> start(TableFormat.XLSX));
        csv.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        xlsx.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setText(getTranslation("issues.export.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> job.cancel());
        cancel.setVisible(false);
        progress.setVisible(false);
        download.setVisible(false);
        add(csv, xlsx, progress, status, cancel, download);

        addDetachListener(e -> discard());
    }

    /** The finished file on offer (tests read it). */
    @Nullable
    Path ready() {
        return ready;
    }

    /** Starts an export of the list as filtered now; one at a time per screen. */
    void start(TableFormat format) {
        if (job.isRunning()) {
            return;
        }
        discard();
        IssueFilter chosen = filter.get();
        long expected;
        Path file;
        try {
            expected = issues.count(chosen);
            file = Files.createTempFile("desk-permasalahan-", "." + format.extension());
        } catch (IOException | DeskException e) {
            error(ErrorHandling.describe(e, UI.getCurrent()));
            return;
        }
        String name =
                format.fileName("permasalahan-" + STAMP.format(clock.instant().atZone(Wib.ZONE)));
        progress.setValue(0);
        progress.setMax(Math.max(1, expected));
        progress.setVisible(true);
        status.setText(getTranslation("issues.export.running", 0, expected));
        csv.setEnabled(false);
        xlsx.setEnabled(false);
        cancel.setVisible(true);
        job.task(running -> write(chosen, format, file, running))
                .onProgress(written -> shown(written, expected))
                .onEnd(this::ended)
                .onSuccess(rows -> offer(file, name, format, rows))
                .onCancel(() -> status.setText(getTranslation("issues.export.cancelled")))
                .onAbandon(rows -> delete(file))
                .start(UI.getCurrent());
    }

    /** On the job's thread: the rows written; the file is deleted if the export stops short. */
    private long write(IssueFilter chosen, TableFormat format, Path file, BackgroundJob.Progress running)
            throws IOException {
        long[] rows = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            export.write(chosen, format, out, written -> {
                running.report(written);
                rows[0] = written;
            });
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e;
        }
        return rows[0];
    }

    private void shown(long written, long expected) {
        progress.setValue(Math.min(written, progress.getMax()));
        status.setText(getTranslation("issues.export.running", written, expected));
    }

    private void offer(Path file, String name, TableFormat format, long rows) {
        status.setText(getTranslation("issues.export.ready", rows));
        ready = file;
        download.setHref(handler(file, name, format), AttachmentType.DOWNLOAD);
        download.setText(getTranslation("issues.export.download", name));
        download.setVisible(true);
    }

    private void ended() {
        progress.setVisible(false);
        cancel.setVisible(false);
        csv.setEnabled(true);
        xlsx.setEnabled(true);
        status.setText("");
    }

    /** Streams the file, then deletes it: a second request finds nothing. */
    private DownloadHandler handler(Path file, String name, TableFormat format) {
        return event -> {
            if (!Files.exists(file)) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            }
            event.setFileName(name);
            event.setContentType(format.contentType());
            event.setContentLength(Files.size(file));
            try (InputStream in = Files.newInputStream(file);
                    OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
            delete(file);
            UiAccess.run(event.getUI(), () -> downloaded(file));
        };
    }

    private void downloaded(Path file) {
        if (file.equals(ready)) {
            ready = null;
            download.setVisible(false);
            status.setText(getTranslation("issues.export.downloaded"));
        }
    }

    /** Deletes the file on offer, if any. */
    private void discard() {
        Path file = ready;
        ready = null;
        download.setVisible(false);
        if (file != null) {
            delete(file);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file the system cleans up in time; nothing the user can do about it.
            file.toFile().deleteOnExit();
        }
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
