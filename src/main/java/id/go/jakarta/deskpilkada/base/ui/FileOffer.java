package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A small file a screen makes off the UI thread and then offers once as a download link (a post's
 * officers, a week's roster). The buttons that start it are off and a bar runs while the file is
 * made; then a link offers it. A refusal or failure is said in the user's language and the buttons
 * are back. The file is held in memory, so it suits files of a few megabytes at most; the issue
 * export, which can be large, writes a temporary file instead.
 *
 * <p>The file is made as a {@link BackgroundJob} tied to this component, so leaving the screen
 * cancels it, one at a time. The link serves the file once: then it goes and the bytes are
 * dropped, and a later request for it is answered "not found".
 *
 * <pre>{@code
 * final Button export = new Button("Ekspor XLSX", e -> exportWeek());
 * final FileOffer offer = new FileOffer(export);
 *
 * void exportWeek() {
 *     long post = this.post.getValue().id();            // read on the UI thread
 *     offer.prepare(running -> new FileOffer.File("jadwal.xlsx", XLSX, roster.exportWeek(post)));
 * }
 * }</pre>
 */
public final class FileOffer extends HorizontalLayout {

    /** A file made for download: the name the browser saves it under, its type and its bytes. */
    public record File(String name, String contentType, byte[] content) {}

    private final List<Button> starters;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Anchor link = new Anchor();
    /** One file at a time; leaving the screen cancels it. */
    private final BackgroundJob job = BackgroundJob.tiedTo(this).oneAtATime();
    /** The file on offer until it is downloaded; read by the download request too. */
    private final AtomicReference<@Nullable File> ready = new AtomicReference<>();

    /** An offer of the files the given buttons start; add it next to them. */
    public FileOffer(Button... starters) {
        this.starters = List.of(starters);
        addClassName("file-offer");
        setPadding(false);
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        setWrap(true);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        // Read out ("preparing", "downloaded") for those who do not see the bar or the link change.
        status.getElement().setAttribute("aria-live", "polite");
        link.setVisible(false);
        add(progress, status, link);
        setVisible(false);
    }

    /**
     * Makes a file off the UI thread, as the signed-in person, and offers it; a file on offer is
     * dropped. The work must not touch components: read what it needs from the screen before.
     * Ignored while a file is being made.
     */
    public void prepare(BackgroundJob.Work<File> work) {
        if (job.isRunning()) {
            return;
        }
        discard();
        running(true);
        boolean started = job.task(work)
                .onEnd(() -> running(false))
                .onSuccess(this::offer)
                .onFailure(ErrorHandling::show)
                .start(UI.getCurrent());
        if (!started) {
            // The last file's job was just handing over its end; the buttons are back for a retry.
            running(false);
        }
    }

    /** The file on offer, if any (tests read it). */
    public @Nullable File ready() {
        return ready.get();
    }

    private void running(boolean running) {
        starters.forEach(button -> button.setEnabled(!running));
        progress.setVisible(running);
        status.setText(running ? getTranslation("file.preparing") : "");
        setVisible(running);
    }

    private void offer(File file) {
        ready.set(file);
        link.setHref(once(file), AttachmentType.DOWNLOAD);
        link.setText(getTranslation("file.download", file.name()));
        link.setVisible(true);
        setVisible(true);
    }

    /** Serves the file, then takes the link away; a request after that finds nothing. */
    private DownloadHandler once(File file) {
        return event -> {
            if (ready.get() != file) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            }
            event.setFileName(file.name());
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
            // Dropped only once served whole: a download cut short can be tried again.
            if (ready.compareAndSet(file, null)) {
                UiAccess.run(event.getUI(), this::downloaded);
            }
        };
    }

    private void downloaded() {
        link.setVisible(false);
        status.setText(getTranslation("file.downloaded"));
    }

    private void discard() {
        ready.set(null);
        link.setVisible(false);
    }
}
