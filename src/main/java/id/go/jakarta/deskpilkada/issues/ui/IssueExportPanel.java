package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.ErrorHandling;
import id.go.jakarta.deskpilkada.issues.ExportFormat;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Export of the list as it is filtered, as CSV or XLSX. The file is written off the UI thread, as
 * the signed-in person (the export sees what he sees), into a temporary file while a bar shows the
 * rows written; then it is offered for download and deleted once downloaded, or when the screen
 * closes or a new export starts. A large export therefore never runs inside a request that could
 * time out, and the download itself is a plain file.
 */
class IssueExportPanel extends HorizontalLayout {

    private static final ExecutorService EXPORTS =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("issue-export-", 0).factory());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    /** At most about five progress updates a second reach the browser. */
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

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
    /** The signed-in user's, for the export's own thread (the service scopes by it). */
    private final SecurityContext security;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean cancelled;
    /** The finished file on offer, if any. */
    private volatile @Nullable Path ready;

    IssueExportPanel(IssueExport export, IssueService issues, Supplier<IssueFilter> filter, Clock clock) {
        this.export = export;
        this.issues = issues;
        this.filter = filter;
        this.clock = clock;
        this.security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        addClassName("issue-export");
        setDefaultVerticalComponentAlignment(Alignment.CENTER);

        csv.setText(getTranslation("issues.export.csv"));
        csv.setIcon(VaadinIcon.DOWNLOAD.create());
        csv.addClickListener(e -> start(ExportFormat.CSV));
        xlsx.setText(getTranslation("issues.export.xlsx"));
        xlsx.setIcon(VaadinIcon.DOWNLOAD.create());
        xlsx.addClickListener(e -> start(ExportFormat.XLSX));
        csv.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        xlsx.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setText(getTranslation("issues.export.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancelled = true);
        cancel.setVisible(false);
        progress.setVisible(false);
        download.setVisible(false);
        add(csv, xlsx, progress, status, cancel, download);

        addDetachListener(e -> {
            cancelled = true;
            discard();
        });
    }

    /** The finished file on offer (tests read it). */
    @Nullable Path ready() {
        return ready;
    }

    /** Starts an export of the list as filtered now; one at a time per screen. */
    void start(ExportFormat format) {
        if (!running.compareAndSet(false, true)) {
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
            running.set(false);
            error(ErrorHandling.describe(e, UI.getCurrent()));
            return;
        }
        String name = format.fileName("permasalahan-" + STAMP.format(clock.instant().atZone(Wib.ZONE)));
        UI ui = UI.getCurrent();
        cancelled = false;
        progress.setValue(0);
        progress.setMax(Math.max(1, expected));
        progress.setVisible(true);
        status.setText(getTranslation("issues.export.running", 0, expected));
        csv.setEnabled(false);
        xlsx.setEnabled(false);
        cancel.setVisible(true);
        EXPORTS.execute(new DelegatingSecurityContextRunnable(
                () -> write(ui, chosen, format, file, name, expected), security));
    }

    /** On the export's thread. */
    private void write(UI ui, IssueFilter chosen, ExportFormat format, Path file, String name, long expected) {
        long[] shownAt = {System.nanoTime()};
        long[] rows = {0};
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                export.write(chosen, format, out, written -> {
                    if (cancelled) {
                        throw new CancellationException();
                    }
                    rows[0] = written;
                    long now = System.nanoTime();
                    if (now - shownAt[0] >= PROGRESS_EVERY_NANOS) {
                        shownAt[0] = now;
                        access(ui, () -> shown(written, expected));
                    }
                });
            }
            if (!access(ui, () -> offer(file, name, format, rows[0]))) {
                delete(file);
            }
        } catch (CancellationException e) {
            delete(file);
            access(ui, () -> ended(getTranslation("issues.export.cancelled")));
        } catch (IOException | RuntimeException e) {
            delete(file);
            access(ui, () -> {
                ended("");
                error(ErrorHandling.describe(e, ui));
            });
        } finally {
            running.set(false);
        }
    }

    private void shown(long written, long expected) {
        progress.setValue(Math.min(written, progress.getMax()));
        status.setText(getTranslation("issues.export.running", written, expected));
    }

    private void offer(Path file, String name, ExportFormat format, long rows) {
        ended(getTranslation("issues.export.ready", rows));
        ready = file;
        download.setHref(handler(file, name, format), AttachmentType.DOWNLOAD);
        download.setText(getTranslation("issues.export.download", name));
        download.setVisible(true);
    }

    private void ended(String text) {
        progress.setVisible(false);
        cancel.setVisible(false);
        csv.setEnabled(true);
        xlsx.setEnabled(true);
        status.setText(text);
    }

    /** Streams the file, then deletes it: a second request finds nothing. */
    private DownloadHandler handler(Path file, String name, ExportFormat format) {
        return event -> {
            if (!Files.exists(file)) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            }
            event.setFileName(name);
            event.setContentType(format.contentType());
            event.setContentLength(Files.size(file));
            try (InputStream in = Files.newInputStream(file); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
            delete(file);
            access(event.getUI(), () -> downloaded(file));
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

    /** False if the screen is gone. */
    private static boolean access(@Nullable UI ui, com.vaadin.flow.server.Command command) {
        if (ui == null) {
            return false;
        }
        try {
            ui.access(command);
            return true;
        } catch (UIDetachedException e) {
            return false;
        }
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
