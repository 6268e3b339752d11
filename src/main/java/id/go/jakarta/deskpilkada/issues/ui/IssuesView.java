package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueChanged;
import id.go.jakarta.deskpilkada.issues.IssueExport;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueOverdue;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.IssueTrends;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahLevel;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Election problems: the board of open issues per wilayah on top (public numbers: every role
 * sees every wilayah), below it the list of the issues the signed-in person may see (a Forkopimda
 * liaison only what is referred to his agency), read a page at a time, sorted and filtered in the
 * database. The filter lives in the address, so a filtered list can be bookmarked or sent on.
 * Board and list follow every issue change and overdue referral without a reload.
 */
@Route("permasalahan")
@Menu(order = 19, title = "nav.issues")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS", "FORKOPIMDA", "BAKESBANGPOL", "ADMIN"})
class IssuesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "permasalahan";
    static final int PAGE = 50;

    final IssueBoard board;
    final ComboBox<WilayahArea> wilayahFilter = new ComboBox<>();
    final ComboBox<WilayahArea> kecamatanFilter = new ComboBox<>();
    final ComboBox<WilayahArea> kelurahanFilter = new ComboBox<>();
    final MultiSelectComboBox<IssueStatus> statusFilter = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Severity> severityFilter = new MultiSelectComboBox<>();
    final ComboBox<CategoryInfo> categoryFilter = new ComboBox<>();
    final ComboBox<StageInfo> stageFilter = new ComboBox<>();
    final ComboBox<IssueSource> sourceFilter = new ComboBox<>();
    final DatePicker fromFilter = new DatePicker();
    final DatePicker toFilter = new DatePicker();
    final TextField search = new TextField();
    final Button clearFilters = new Button();
    final Button file = new Button();
    final Span total = new Span();
    final Grid<IssueInfo> grid = new Grid<>();
    final IssueExportPanel export;

    private final IssueService issues;
    private final IssueTrends trends;
    private final WilayahService wilayah;
    private final Clock clock;
    private final Map<Long, CategoryInfo> categories;
    private final Map<Long, String> units;
    private final Map<Integer, StageInfo> stages;
    private final @Nullable Long activeElection;
    /** What the list shows; read by the grid's data provider and the export. */
    private volatile IssueFilter filter = IssueFilter.ALL;
    /** True while fields are set from the address: their changes must not each reload the list. */
    private boolean restoring;

    private @Nullable IssueInfo focused;

    IssuesView(
            IssueService issues,
            IssueTrends trends,
            IssueExport exporter,
            WilayahService wilayah,
            ElectionService elections,
            StaffService staff,
            PoskoService posko,
            LiveEventBus bus,
            Clock clock) {
        this.issues = issues;
        this.trends = trends;
        this.wilayah = wilayah;
        this.clock = clock;
        addClassName("issues-view");
        setSizeFull();

        categories = issues.categories().stream()
                .collect(Collectors.toMap(CategoryInfo::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        units = staff.units().stream().collect(Collectors.toMap(UnitInfo::id, UnitInfo::shortName));
        Optional<ElectionInfo> election = elections.active();
        activeElection = election.map(ElectionInfo::id).orElse(null);
        // Retired stages too: issues filed under them are still found and named by them.
        stages = election.stream()
                .flatMap(e -> java.util.stream.Stream.concat(e.stages().stream(), e.retiredStages().stream()))
                .collect(Collectors.toMap(StageInfo::seq, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        board = new IssueBoard(
                issues.deskWilayah(),
                posko.tiles().stream()
                        .filter(p -> p.level() == PoskoLevel.PROVINSI)
                        .findFirst()
                        .orElse(null),
                this::chooseCard);
        buildFilters();
        buildGrid();
        export = new IssueExportPanel(exporter, issues, () -> filter, clock);

        file.setText(getTranslation("issues.file"));
        file.setIcon(VaadinIcon.PLUS.create());
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClickListener(e -> UI.getCurrent().navigate(ROUTE + "/baru"));
        file.setVisible(issues.mayFile());

        H2 title = new H2(getTranslation("issues.title"));
        Span scope = new Span(getTranslation("issues.scope.limited"));
        scope.addClassName("issue-scope-note");
        scope.setVisible(!issues.seesAll());
        HorizontalLayout head = new HorizontalLayout(title, file);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(
                wilayahFilter,
                kecamatanFilter,
                kelurahanFilter,
                statusFilter,
                severityFilter,
                categoryFilter,
                stageFilter,
                sourceFilter,
                fromFilter,
                toFilter,
                search,
                clearFilters);
        filters.addClassName("issue-filters");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout listBar = new HorizontalLayout(total, export);
        listBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(head, board, filters, scope, listBar, grid);
        setFlexGrow(1, grid);

        showBoard();
        LiveRefresh.bind(this, bus, e -> e instanceof IssueChanged || e instanceof IssueOverdue, this::live);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("issues.title") + " · " + getTranslation("app.name");
    }

    /** Takes the filter from the address (a bookmark, a shared link, back and forward). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restore(event.getLocation().getQueryParameters());
    }

    // ---- building --------------------------------------------------------------------------------

    private void buildFilters() {
        wilayahFilter.setLabel(getTranslation("issues.filter.wilayah"));
        wilayahFilter.setItems(issues.deskWilayah());
        wilayahFilter.setItemLabelGenerator(WilayahArea::shortName);
        wilayahFilter.setClearButtonVisible(true);
        wilayahFilter.addValueChangeListener(e -> {
            WilayahArea chosen = e.getValue();
            kecamatanFilter.setItems(chosen == null ? List.of() : wilayah.children(chosen.code()));
            kecamatanFilter.setEnabled(chosen != null);
            kecamatanFilter.clear();
            changed();
        });
        kecamatanFilter.setLabel(getTranslation("issues.filter.kecamatan"));
        kecamatanFilter.setItemLabelGenerator(WilayahArea::name);
        kecamatanFilter.setClearButtonVisible(true);
        kecamatanFilter.setEnabled(false);
        kecamatanFilter.addValueChangeListener(e -> {
            WilayahArea chosen = e.getValue();
            kelurahanFilter.setItems(chosen == null ? List.of() : wilayah.children(chosen.code()));
            kelurahanFilter.setEnabled(chosen != null);
            kelurahanFilter.clear();
            changed();
        });
        kelurahanFilter.setLabel(getTranslation("issues.filter.kelurahan"));
        kelurahanFilter.setItemLabelGenerator(WilayahArea::name);
        kelurahanFilter.setClearButtonVisible(true);
        kelurahanFilter.setEnabled(false);
        kelurahanFilter.addValueChangeListener(e -> changed());

        statusFilter.setLabel(getTranslation("issues.filter.status"));
        statusFilter.setItems(IssueStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        statusFilter.addValueChangeListener(e -> changed());
        severityFilter.setLabel(getTranslation("issues.filter.severity"));
        severityFilter.setItems(Severity.values());
        severityFilter.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        severityFilter.addValueChangeListener(e -> changed());

        categoryFilter.setLabel(getTranslation("issues.filter.category"));
        categoryFilter.setItems(categories.values());
        categoryFilter.setItemLabelGenerator(CategoryInfo::name);
        categoryFilter.setClearButtonVisible(true);
        categoryFilter.addValueChangeListener(e -> changed());
        stageFilter.setLabel(getTranslation("issues.filter.stage"));
        stageFilter.setItems(stages.values());
        stageFilter.setItemLabelGenerator(StageInfo::name);
        stageFilter.setClearButtonVisible(true);
        stageFilter.setVisible(!stages.isEmpty());
        stageFilter.addValueChangeListener(e -> changed());
        sourceFilter.setLabel(getTranslation("issues.filter.source"));
        sourceFilter.setItems(IssueSource.values());
        sourceFilter.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sourceFilter.setClearButtonVisible(true);
        sourceFilter.addValueChangeListener(e -> changed());

        fromFilter.setLabel(getTranslation("issues.filter.from"));
        fromFilter.setClearButtonVisible(true);
        fromFilter.setLocale(getLocale());
        fromFilter.addValueChangeListener(e -> {
            toFilter.setMin(e.getValue());
            changed();
        });
        toFilter.setLabel(getTranslation("issues.filter.to"));
        toFilter.setClearButtonVisible(true);
        toFilter.setLocale(getLocale());
        toFilter.addValueChangeListener(e -> changed());

        search.setLabel(getTranslation("issues.filter.text"));
        search.setPlaceholder(getTranslation("issues.filter.textHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> changed());

        clearFilters.setText(getTranslation("issues.filter.clear"));
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(e -> clearAll());
    }

    private void buildGrid() {
        grid.addColumn(i -> "#" + i.id())
                .setHeader("#")
                .setKey("id")
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<IssueInfo> reported = grid.addColumn(i -> Wib.dateTime(i.reportedAt(), getLocale()))
                .setHeader(getTranslation("issues.col.reported"))
                .setKey("reportedAt")
                .setSortProperty("reportedAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IssueInfo::title)
                .setHeader(getTranslation("issues.col.title"))
                .setKey("title")
                .setFlexGrow(1)
                .setWidth("18rem")
                .setTooltipGenerator(i -> i.description() == null ? i.title() : i.description());
        grid.addColumn(i -> Optional.ofNullable(categories.get(i.categoryId()))
                        .map(CategoryInfo::name)
                        .orElse(""))
                .setHeader(getTranslation("issues.col.category"))
                .setKey("category")
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<IssueInfo>of(
                                "<span class=\"severity-badge severity-${item.level}\">${item.label}</span>")
                        .withProperty("level", i -> i.severity().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", i -> getTranslation(i.severity().labelKey())))
                .setHeader(getTranslation("issues.col.severity"))
                .setKey("severity")
                .setSortProperty("severityRank")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> getTranslation(i.status().labelKey()))
                .setHeader(getTranslation("issues.col.status"))
                .setKey("status")
                .setSortProperty("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> areaName(i.wilayahCode(), true))
                .setHeader(getTranslation("issues.col.wilayah"))
                .setKey("wilayah")
                .setAutoWidth(true);
        grid.addColumn(i -> areaName(i.kecamatanCode(), false))
                .setHeader(getTranslation("issues.col.kecamatan"))
                .setKey("kecamatan")
                .setAutoWidth(true);
        grid.addColumn(i -> areaName(i.kelurahanCode(), false))
                .setHeader(getTranslation("issues.col.kelurahan"))
                .setKey("kelurahan")
                .setAutoWidth(true);
        grid.addColumn(this::stageName)
                .setHeader(getTranslation("issues.col.stage"))
                .setKey("stage")
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.source().labelKey()))
                .setHeader(getTranslation("issues.col.source"))
                .setKey("source")
                .setAutoWidth(true);
        grid.addColumn(i -> i.assignedUnitId() == null ? "" : units.getOrDefault(i.assignedUnitId(), ""))
                .setHeader(getTranslation("issues.col.unit"))
                .setKey("unit")
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<IssueInfo>of(
                                "<span class=\"issue-overdue\" ?hidden=${!item.overdue}>${item.label}</span>")
                        .withProperty("overdue", IssueInfo::overdue)
                        .withProperty("label", i -> i.overdue() ? getTranslation("issues.col.overdueFlag") : ""))
                .setHeader(getTranslation("issues.col.overdue"))
                .setKey("overdue")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER);
        grid.addColumn(i -> Wib.dateTime(i.updatedAt(), getLocale()))
                .setHeader(getTranslation("issues.col.updated"))
                .setKey("updatedAt")
                .setSortProperty("updatedAt")
                .setAutoWidth(true)
                .setFlexGrow(0);

        grid.setPageSize(PAGE);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("issues.empty"));
        grid.setItems(
                query -> issues
                        .find(
                                filter,
                                query.getOffset(),
                                query.getLimit(),
                                VaadinSpringDataHelpers.toSpringDataSort(query))
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, issues.count(filter)));
        grid.sort(List.of(new GridSortOrder<>(reported, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (focused != null) {
                                open(focused);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
        grid.setSizeFull();
    }

    // ---- user actions ----------------------------------------------------------------------------

    /** A board card: its wilayah, or every wilayah for the provincial post's card. */
    void chooseCard(String wilayahCode) {
        if (wilayahCode.isEmpty()) {
            wilayahFilter.clear();
        } else {
            wilayahFilter.setValue(area(wilayahCode));
        }
    }

    void open(IssueInfo issue) {
        UI.getCurrent().navigate(ROUTE + "/" + issue.id());
    }

    private void clearAll() {
        restoring = true;
        try {
            wilayahFilter.clear();
            statusFilter.clear();
            severityFilter.clear();
            categoryFilter.clear();
            stageFilter.clear();
            sourceFilter.clear();
            fromFilter.clear();
            toFilter.clear();
            search.clear();
        } finally {
            restoring = false;
        }
        changed();
    }

    // ---- state -----------------------------------------------------------------------------------

    /** A filter field changed: reload the list, keep the address in step. */
    private void changed() {
        if (restoring) {
            return;
        }
        apply();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, queryParameters()));
    }

    private void apply() {
        filter = currentFilter();
        board.select(
                wilayahFilter.getValue() == null
                        ? null
                        : wilayahFilter.getValue().code());
        grid.getDataProvider().refreshAll();
        showTotal();
    }

    IssueFilter currentFilter() {
        WilayahArea place = kelurahanFilter.getValue() != null
                ? kelurahanFilter.getValue()
                : kecamatanFilter.getValue() != null ? kecamatanFilter.getValue() : wilayahFilter.getValue();
        String text = search.getValue().strip();
        return IssueFilter.ALL
                .withWilayah(place == null ? null : place.code())
                .withStatuses(statusFilter.getValue())
                .withSeverities(severityFilter.getValue())
                .withCategory(
                        categoryFilter.getValue() == null
                                ? null
                                : categoryFilter.getValue().id())
                .withStage(
                        stageFilter.getValue() == null
                                ? null
                                : stageFilter.getValue().seq())
                .withSource(sourceFilter.getValue())
                .withDays(fromFilter.getValue(), toFilter.getValue())
                .withText(text.isEmpty() ? null : text);
    }

    private void live() {
        showBoard();
        grid.getDataProvider().refreshAll();
        showTotal();
    }

    private void showBoard() {
        board.show(issues.counts(), trends.trend(), clock.instant());
    }

    private void showTotal() {
        long n = issues.count(filter);
        total.setText(getTranslation("issues.total", n));
        total.getElement().setAttribute("data-count", String.valueOf(n));
    }

    // ---- the address -----------------------------------------------------------------------------

    QueryParameters queryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (filter.wilayahCode() != null) {
            params.put("wilayah", List.of(filter.wilayahCode()));
        }
        if (!filter.statuses().isEmpty()) {
            params.put("status", List.of(joined(filter.statuses())));
        }
        if (!filter.severities().isEmpty()) {
            params.put("keparahan", List.of(joined(filter.severities())));
        }
        if (filter.categoryId() != null) {
            params.put("kategori", List.of(String.valueOf(filter.categoryId())));
        }
        if (filter.stageSeq() != null) {
            params.put("tahapan", List.of(String.valueOf(filter.stageSeq())));
        }
        if (filter.source() != null) {
            params.put("sumber", List.of(filter.source().name()));
        }
        if (filter.from() != null) {
            params.put("dari", List.of(filter.from().toString()));
        }
        if (filter.to() != null) {
            params.put("sampai", List.of(filter.to().toString()));
        }
        if (filter.text() != null) {
            params.put("cari", List.of(filter.text()));
        }
        return new QueryParameters(params);
    }

    /** Sets the fields from the address; what does not parse or no longer exists is left out. */
    private void restore(QueryParameters query) {
        restoring = true;
        try {
            Map<String, List<String>> params = query.getParameters();
            restorePlace(first(params, "wilayah"));
            statusFilter.setValue(enums(IssueStatus.class, first(params, "status")));
            severityFilter.setValue(enums(Severity.class, first(params, "keparahan")));
            categoryFilter.setValue(
                    number(first(params, "kategori")).map(categories::get).orElse(null));
            stageFilter.setValue(number(first(params, "tahapan"))
                    .map(n -> stages.get(n.intValue()))
                    .orElse(null));
            sourceFilter.setValue(enums(IssueSource.class, first(params, "sumber")).stream()
                    .findFirst()
                    .orElse(null));
            fromFilter.setValue(day(first(params, "dari")));
            toFilter.setValue(day(first(params, "sampai")));
            search.setValue(Optional.ofNullable(first(params, "cari")).orElse(""));
        } finally {
            restoring = false;
        }
        apply();
    }

    private void restorePlace(@Nullable String code) {
        WilayahArea area = code == null ? null : area(code);
        if (area == null) {
            wilayahFilter.clear();
            return;
        }
        WilayahArea kecamatan =
                area.level() == WilayahLevel.DESA ? parent(area) : area.level() == WilayahLevel.KECAMATAN ? area : null;
        WilayahArea wil = kecamatan != null ? parent(kecamatan) : area.level().isWilayah() ? area : null;
        wilayahFilter.setValue(wil);
        if (wil != null && kecamatan != null) {
            kecamatanFilter.setValue(kecamatan);
            if (area.level() == WilayahLevel.DESA) {
                kelurahanFilter.setValue(area);
            }
        }
    }

    private @Nullable WilayahArea area(@Nullable String code) {
        return code == null ? null : wilayah.find(code).orElse(null);
    }

    private @Nullable WilayahArea parent(WilayahArea area) {
        return area.parentCode() == null ? null : area(area.parentCode());
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable String value) {
        if (value == null) {
            return Set.of();
        }
        Set<E> result = EnumSet.noneOf(type);
        for (String part : value.split(",")) {
            Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.name().equalsIgnoreCase(part.strip()))
                    .findFirst()
                    .ifPresent(result::add);
        }
        return result;
    }

    private static Optional<Long> number(@Nullable String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static @Nullable LocalDate day(@Nullable String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String joined(Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    // ---- cells -----------------------------------------------------------------------------------

    private String areaName(@Nullable String code, boolean shortName) {
        WilayahArea area = code == null ? null : area(code);
        return area == null ? "" : shortName ? area.shortName() : area.name();
    }

    private String stageName(IssueInfo issue) {
        if (issue.stageSeq() == null) {
            return "";
        }
        StageInfo stage = issue.electionId() != null && issue.electionId().equals(activeElection)
                ? stages.get(issue.stageSeq())
                : null;
        return stage == null ? String.valueOf(issue.stageSeq()) : stage.name();
    }
}
