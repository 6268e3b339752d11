package id.go.jakarta.deskpilkada.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.BackgroundJob;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.election.ElectionActivated;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.exercise.ExerciseChanged;
import id.go.jakarta.deskpilkada.exercise.ExerciseRun;
import id.go.jakarta.deskpilkada.exercise.ExerciseService;
import id.go.jakarta.deskpilkada.exercise.RunLine;
import id.go.jakarta.deskpilkada.exercise.Scenario;
import id.go.jakarta.deskpilkada.exercise.ScenarioCheck;
import id.go.jakarta.deskpilkada.exercise.ScenarioProblem;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Exercise mode for ADMIN: which election is active (an exercise puts every screen into exercise
 * mode), creating an exercise from a real election, running a scenario file of timed injects with
 * its progress pushed, and wiping the exercise's data.
 */
@Route("admin/latihan")
@Menu(order = 94, title = "nav.exercise")
@RolesAllowed("ADMIN")
class ExerciseView extends VerticalLayout implements HasDynamicTitle {

    private static final String EXAMPLE = "/exercise/contoh-skenario.json";

    final Span mode = new Span();
    final Grid<ElectionInfo> elections = new Grid<>();
    final Select<ElectionInfo> source = new Select<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final DatePicker votingDay = new DatePicker();
    final Button create = new Button();
    final Upload upload = new Upload();
    final Div checkResult = new Div();
    final Button start = new Button();
    final Button stop = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span runStatus = new Span();
    final Grid<RunLine> lines = new Grid<>();
    final Button wipe = new Button();
    final Div error = new Div();

    private final ElectionService electionService;
    private final ExerciseService exercise;
    /** Scenario checks; leaving the screen drops their outcome. */
    private final BackgroundJob checks = BackgroundJob.tiedTo(this);

    private @Nullable Scenario checked;

    ExerciseView(ElectionService electionService, ExerciseService exercise, LiveEventBus bus, Clock clock) {
        this.electionService = electionService;
        this.exercise = exercise;
        setMaxWidth("1200px");
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        mode.addClassName("exercise-mode");
        mode.getStyle().set("font-weight", "700");

        elections
                .addColumn(ElectionInfo::code)
                .setHeader(getTranslation("exercise.election.code"))
                .setAutoWidth(true);
        elections
                .addColumn(ElectionInfo::name)
                .setHeader(getTranslation("exercise.election.name"))
                .setFlexGrow(1);
        elections
                .addColumn(e -> getTranslation(e.exercise() ? "exercise.election.exercise" : "exercise.election.real"))
                .setHeader(getTranslation("exercise.election.kind"))
                .setAutoWidth(true);
        elections
                .addComponentColumn(this::activation)
                .setHeader(getTranslation("exercise.election.active"))
                .setAutoWidth(true);
        elections.setAllRowsVisible(true);

        source.setLabel(getTranslation("exercise.create.source"));
        source.setItemLabelGenerator(ElectionInfo::name);
        code.setLabel(getTranslation("exercise.election.code"));
        code.setMaxLength(ElectionService.MAX_CODE);
        name.setLabel(getTranslation("exercise.election.name"));
        name.setMaxLength(ElectionService.MAX_NAME);
        name.setWidth("24em");
        votingDay.setLabel(getTranslation("exercise.create.votingDay"));
        votingDay.setHelperText(getTranslation("exercise.create.votingDay.help"));
        votingDay.setValue(Wib.today(clock));
        create.setText(getTranslation("exercise.create.button"));
        create.addClickListener(e -> createExercise());
        HorizontalLayout createForm = new HorizontalLayout(source, code, name, votingDay, create);
        createForm.setAlignItems(Alignment.BASELINE);
        createForm.setWrap(true);

        upload.setUploadHandler(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(256 * 1024);
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setUploadButton(new Button(getTranslation("exercise.scenario.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("exercise.scenario.drop")));
        upload.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("exercise.scenario.size", 256))
                        .setIncorrectFileType(getTranslation("exercise.scenario.type"))
                        .setTooManyFiles(getTranslation("exercise.scenario.oneFile"))));
        upload.addFileRejectedListener(e -> showError(getTranslation("exercise.scenario.type")));
        Anchor example = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    InputStream in = Objects.requireNonNull(ExerciseView.class.getResourceAsStream(EXAMPLE));
                    return new DownloadResponse(in, "contoh-skenario.json", "application/json", -1);
                }),
                getTranslation("exercise.scenario.example"));
        example.getElement().setAttribute("download", true);
        start.setText(getTranslation("exercise.run.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> startRun());
        stop.setText(getTranslation("exercise.run.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> act(() -> exercise.stop()));
        progress.setWidth("24em");

        lines.addColumn(l -> Wib.time(l.at()))
                .setHeader(getTranslation("exercise.line.at"))
                .setAutoWidth(true);
        lines.addColumn(RunLine::number).setHeader("#").setAutoWidth(true);
        lines.addColumn(l -> getTranslation(l.kind().labelKey()))
                .setHeader(getTranslation("exercise.line.kind"))
                .setAutoWidth(true);
        lines.addColumn(RunLine::post)
                .setHeader(getTranslation("exercise.line.post"))
                .setAutoWidth(true);
        lines.addColumn(l -> getTranslation(l.ok() ? "exercise.line.ok" : "exercise.line.failed"))
                .setHeader(getTranslation("exercise.line.result"))
                .setAutoWidth(true);
        lines.addColumn(l -> getTranslation(l.messageKey(), l.args().toArray()))
                .setHeader(getTranslation("exercise.line.message"))
                .setFlexGrow(1);
        lines.setHeight("18em");

        wipe.setText(getTranslation("exercise.wipe.button"));
        wipe.addThemeVariants(ButtonVariant.LUMO_ERROR);
        wipe.addClickListener(e -> confirmWipe());

        add(
                new H2(getTranslation("exercise.title")),
                mode,
                error,
                new H3(getTranslation("exercise.elections")),
                elections,
                new H3(getTranslation("exercise.create.title")),
                createForm,
                new H3(getTranslation("exercise.scenario.title")),
                new Paragraph(getTranslation("exercise.scenario.help")),
                example,
                upload,
                checkResult,
                new HorizontalLayout(start, stop),
                new HorizontalLayout(progress, runStatus),
                lines,
                new H3(getTranslation("exercise.wipe.title")),
                new Paragraph(getTranslation("exercise.wipe.help")),
                wipe);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof ExerciseChanged || e instanceof ElectionActivated, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercise.title") + " · " + getTranslation("app.name");
    }

    /** Reloads the mode, the elections and the run from the services. */
    void refresh() {
        List<ElectionInfo> all = electionService.all();
        ElectionInfo active =
                all.stream().filter(ElectionInfo::active).findFirst().orElse(null);
        boolean inExercise = exercise.exerciseActive();
        mode.setText(
                active == null
                        ? getTranslation("exercise.mode.none")
                        : getTranslation(inExercise ? "exercise.mode.exercise" : "exercise.mode.real", active.name()));
        mode.getStyle().set("color", inExercise ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        elections.setItems(all);
        ElectionInfo chosen = source.getValue();
        List<ElectionInfo> sources = all.stream()
                .filter(e -> !e.exercise())
                .filter(e -> e.stages().stream().anyMatch(StageInfo::votingDay))
                .toList();
        source.setItems(sources);
        source.setValue(sources.stream()
                .filter(e -> chosen != null && e.id() == chosen.id())
                .findFirst()
                .orElse(sources.isEmpty() ? null : sources.getFirst()));
        ExerciseRun run = exercise.current().orElse(null);
        boolean running = run != null && run.running();
        start.setEnabled(checked != null && inExercise && !running);
        stop.setEnabled(running);
        wipe.setEnabled(!running);
        progress.setVisible(run != null);
        lines.setItems(run == null ? List.of() : run.lines());
        if (run != null) {
            progress.setValue(run.total() == 0 ? 0 : (double) run.done() / run.total());
            runStatus.setText(getTranslation(
                    "exercise.run.summary",
                    run.name(),
                    getTranslation(run.status().labelKey()),
                    run.done(),
                    run.total(),
                    run.failed(),
                    Wib.dateTime(run.startedAt(), getLocale())));
        } else {
            runStatus.setText(getTranslation("exercise.run.none"));
        }
    }

    private Button activation(ElectionInfo election) {
        Button button = new Button(
                getTranslation(election.active() ? "exercise.election.isActive" : "exercise.election.activate"));
        button.setEnabled(!election.active());
        button.addClickListener(e -> confirm(
                getTranslation(
                        election.exercise() ? "exercise.activate.exercise" : "exercise.activate.real", election.name()),
                () -> electionService.activate(election.id())));
        return button;
    }

    private void createExercise() {
        ElectionInfo from = source.getValue();
        if (from == null || votingDay.getValue() == null) {
            showError(getTranslation("exercise.create.incomplete"));
            return;
        }
        act(() -> electionService.createExercise(from.id(), code.getValue(), name.getValue(), votingDay.getValue()));
        if (!error.isVisible()) {
            code.clear();
            name.clear();
            Notification.show(getTranslation("exercise.create.done"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void receive(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(256 * 1024 + 1);
        }
        // Checking needs the account and post lists: off the request thread, as the signed-in admin.
        checks.task(running -> exercise.check(content))
                .onSuccess(this::showCheck)
                .onFailure(this::showError)
                .start(event.getUI());
    }

    void showCheck(ScenarioCheck check) {
        checkResult.removeAll();
        checked = check.ok() ? check.scenario() : null;
        if (checked != null) {
            checkResult.add(new Paragraph(getTranslation(
                    "exercise.scenario.ok", checked.name(), checked.injects().size(), formatLength(checked))));
            error.setVisible(false);
        } else {
            checkResult.add(new Paragraph(getTranslation("exercise.scenario.problems")));
            for (ScenarioProblem p : check.problems()) {
                String text = getTranslation(p.key(), p.args().toArray());
                Div line = new Div(
                        p.inject() == 0 ? text : getTranslation("exercise.scenario.atInject", p.inject(), text));
                line.getStyle().set("color", "var(--lumo-error-text-color)");
                checkResult.add(line);
            }
        }
        refresh();
    }

    private static String formatLength(Scenario scenario) {
        long s = scenario.length().toSeconds();
        return "%d:%02d:%02d".formatted(s / 3600, (s / 60) % 60, s % 60);
    }

    private void startRun() {
        Scenario scenario = checked;
        if (scenario != null) {
            act(() -> exercise.start(scenario));
        }
    }

    private void confirmWipe() {
        confirm(getTranslation("exercise.wipe.confirm"), () -> {
            int removed = exercise.wipe();
            Notification.show(getTranslation("exercise.wipe.done", removed), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }

    private void confirm(String question, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("exercise.confirm.title"));
        dialog.add(new Paragraph(question));
        Button yes = new Button(getTranslation("exercise.confirm.yes"), e -> {
            dialog.close();
            act(action);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("exercise.confirm.no"), e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            error.setVisible(false);
        } catch (DeskException e) {
            showError(getTranslation(e.messageKey(), e.args()));
        }
        refresh();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
