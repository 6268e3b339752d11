package id.go.jakarta.deskpilkada.issues.api;

import id.go.jakarta.deskpilkada.base.api.Problems;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.issues.AttachmentContent;
import id.go.jakarta.deskpilkada.issues.AttachmentInfo;
import id.go.jakarta.deskpilkada.issues.AttachmentService;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueIntake;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Rejection;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.issues.TimelineEntry;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.AttachmentDto;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.CategoryDto;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.CommentRequest;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.IssueDto;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.IssuePage;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.NewIssue;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.TransitionRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/issues} for integration clients (role INTEGRASI, bearer token): file, list and
 * read issues, move them through the workflow, comment, attach files. Rules and permissions are
 * the services'; this class reads HTTP and answers JSON. Documented in {@code docs/api.md} and at
 * {@code /v3/api-docs}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "issues", description = "Election problems (permasalahan): intake and workflow")
class IssueApi {

    static final String ISSUES = "/api/v1/issues";
    static final String ATTACHMENTS = "/api/v1/attachments";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final IssueService issues;
    private final IssueIntake intake;
    private final AttachmentService attachments;
    private final IssueRequests requests;
    private final IssueViews views;
    private final Problems problems;

    IssueApi(
            IssueService issues,
            IssueIntake intake,
            AttachmentService attachments,
            IssueRequests requests,
            IssueViews views,
            Problems problems) {
        this.issues = issues;
        this.intake = intake;
        this.attachments = attachments;
        this.requests = requests;
        this.views = views;
        this.problems = problems;
    }

    @PostMapping("/issues")
    @Operation(
            summary = "File an issue",
            description = "A retry with the same Idempotency-Key and the same body"
                    + " answers the issue filed the first time (header Idempotent-Replayed: true) and files nothing;"
                    + " the same key with another body is refused with 409.")
    @ApiResponse(
            responseCode = "201",
            description = "filed, or replayed",
            headers = {
                @Header(name = HttpHeaders.LOCATION, description = "the issue's address"),
                @Header(
                        name = REPLAYED,
                        description = "true when this answers an earlier request with the same key",
                        schema = @Schema(type = "boolean"))
            })
    @ApiResponse(responseCode = "400", description = "a field missing or invalid")
    @ApiResponse(responseCode = "409", description = "the Idempotency-Key was used for another body")
    @ApiResponse(responseCode = "413", description = "the body is over 64 KiB")
    ResponseEntity<IssueDto> create(
            @RequestBody NewIssue body,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IDEMPOTENCY_KEY,
                            description = "Any unique text (1 to 100 printable ASCII characters, e.g. a UUID) per"
                                    + " issue to file; send the same key again when retrying.",
                            schema = @Schema(maxLength = 100))
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String key) {
        IssueIntake.Result result = intake.file(requests.form(body), body.reporter(), key);
        IssueInfo issue = result.issue();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(ISSUES + "/{id}")
                .buildAndExpand(issue.id())
                .toUri();
        ResponseEntity.BodyBuilder answer = ResponseEntity.created(location);
        if (result.replayed()) {
            answer.header(REPLAYED, "true");
        }
        // A new issue's timeline comes with it from the filing; a replay reads the current one.
        List<TimelineEntry> timeline = result.timeline() != null ? result.timeline() : issues.timeline(issue.id());
        return answer.body(views.dto(issue, views.names(List.of(issue)), timeline));
    }

    @GetMapping("/issues")
    @Operation(
            summary = "List issues",
            description = "Filters combine with AND; repeat status or severity (or"
                    + " separate with commas) for any of several. Dates are WIB days, inclusive.")
    IssuePage list(
            @Parameter(description = "a wilayah, kecamatan or kelurahan code: the issues at or under it")
                    @RequestParam(name = "wilayah", required = false)
                    @Nullable
                    String wilayah,
            @Parameter(array = @ArraySchema(schema = @Schema(implementation = IssueStatus.class)))
                    @RequestParam(name = "status", required = false)
                    @Nullable
                    List<String> status,
            @Parameter(array = @ArraySchema(schema = @Schema(implementation = Severity.class)))
                    @RequestParam(name = "severity", required = false)
                    @Nullable
                    List<String> severity,
            @Parameter(description = "category code") @RequestParam(name = "category", required = false) @Nullable
                    String category,
            @RequestParam(name = "stage", required = false) @Nullable Integer stage,
            @Parameter(schema = @Schema(implementation = IssueSource.class))
                    @RequestParam(name = "source", required = false)
                    @Nullable
                    String source,
            @Parameter(description = "first WIB day reported, e.g. 2024-11-27")
                    @RequestParam(name = "from", required = false)
                    @Nullable
                    String from,
            @Parameter(description = "last WIB day reported") @RequestParam(name = "to", required = false) @Nullable
                    String to,
            @Parameter(description = "words in title, description or address; #123 for one issue")
                    @RequestParam(name = "q", required = false)
                    @Nullable
                    String q,
            @Parameter(description = "code of the unit or agency it is referred to")
                    @RequestParam(name = "unit", required = false)
                    @Nullable
                    String unit,
            @Parameter(description = "0-based page") @RequestParam(name = "page", defaultValue = "0") int page,
            @Parameter(description = "1 to 500")
                    @RequestParam(name = "size", defaultValue = "" + IssueRequests.DEFAULT_PAGE_SIZE)
                    int size,
            @Parameter(
                            description = "reportedAt, severity, status or updatedAt, each optionally followed by"
                                    + " ,asc or ,desc (default: reportedAt,desc)")
                    @RequestParam(name = "sort", required = false)
                    @Nullable
                    String sort) {
        IssueFilter filter = requests.filter(wilayah, status, severity, category, stage, source, from, to, q, unit);
        int limit = IssueRequests.size(size);
        int offset = IssueRequests.offset(page, limit);
        Sort order = IssueRequests.sort(sort);
        List<IssueInfo> found = issues.find(filter, offset, limit, order);
        IssueViews.Names names = views.names(found);
        List<IssueDto> items =
                found.stream().map(i -> views.dto(i, names, null)).toList();
        return new IssuePage(items, page, limit, issues.count(filter));
    }

    @GetMapping("/issues/{id}")
    @Operation(summary = "One issue with its timeline")
    IssueDto issue(@PathVariable("id") long id) {
        return detail(issues.issue(id));
    }

    @PostMapping("/issues/{id}/transitions")
    @Operation(
            summary = "Move an issue on in the workflow",
            description = "BARU to TERVERIFIKASI, to DITANGANI"
                    + " (with unit), to SELESAI (with note); DITOLAK (with rejection) from any open state. The version"
                    + " must be the one last read: otherwise 409 and nothing changes.")
    @ApiResponse(responseCode = "200", description = "the new state, with the timeline")
    @ApiResponse(responseCode = "400", description = "a field missing or invalid, e.g. DITANGANI without unit")
    @ApiResponse(responseCode = "409", description = "stale version, or a step the workflow does not allow")
    IssueDto transition(@PathVariable("id") long id, @RequestBody TransitionRequest body) {
        IssueStatus to = IssueRequests.required("to", body.to(), IssueStatus.class);
        if (body.version() == null) {
            throw DeskException.invalid("issue.api.field.required", "version");
        }
        Rejection why = IssueRequests.field("rejection", body.rejection(), Rejection.class);
        return detail(issues.transition(id, body.version(), to, requests.unit(body.unit()), why, body.note()));
    }

    @PostMapping("/issues/{id}/comments")
    @Operation(summary = "Comment on an issue", description = "Answers the issue with its timeline.")
    IssueDto comment(@PathVariable("id") long id, @RequestBody CommentRequest body) {
        return detail(issues.comment(id, body.text() == null ? "" : body.text()));
    }

    @GetMapping("/categories")
    @Operation(summary = "The issue categories", description = "Use the code when filing.")
    List<CategoryDto> categories() {
        return issues.categories().stream()
                .map(c -> new CategoryDto(c.code(), c.name(), c.active()))
                .toList();
    }

    @PostMapping(path = "/issues/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a photo or PDF",
            description = "multipart/form-data with the part `file`; JPEG,"
                    + " PNG, WebP or PDF recognised by content, at most 10 MB and 10 files per issue.")
    @ApiResponse(
            responseCode = "201",
            description = "attached",
            headers = @Header(name = HttpHeaders.LOCATION, description = "where to download it"))
    @ApiResponse(responseCode = "400", description = "not a photo or PDF, empty, or no part named file")
    @ApiResponse(responseCode = "413", description = "over 10 MB")
    ResponseEntity<AttachmentDto> attach(@PathVariable("id") long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > attachments.maxBytes()) {
            throw new MaxUploadSizeExceededException(attachments.maxBytes());
        }
        AttachmentInfo saved = attachments.attach(id, file.getOriginalFilename(), file.getBytes());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(ATTACHMENTS + "/{id}")
                .buildAndExpand(saved.id())
                .toUri();
        return ResponseEntity.created(location).body(IssueViews.attachment(saved));
    }

    @GetMapping("/issues/{id}/attachments")
    @Operation(summary = "The files of an issue")
    List<AttachmentDto> attachments(@PathVariable("id") long id) {
        return attachments.attachments(id).stream().map(IssueViews::attachment).toList();
    }

    @GetMapping("/attachments/{id}")
    @Operation(
            summary = "Download a file",
            description = "With the content type checked at upload, as an" + " attachment, never sniffed.")
    @ApiResponse(
            responseCode = "200",
            description = "the file",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "404", description = "no such file, or its issue is not visible to the client")
    ResponseEntity<byte[]> download(@PathVariable("id") long id) {
        AttachmentContent file = attachments.content(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.info().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.bytes());
    }

    /**
     * An upload over the limit, whether seen here by its size or by the multipart parser (which
     * sits slightly above): said with this API's limit, as the generic answer cannot know it.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        ProblemDetail problem = problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "attachment.tooLarge",
                Problems.localeOf(request),
                attachments.maxBytes() / (1024 * 1024));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    private IssueDto detail(IssueInfo issue) {
        return views.dto(issue, views.names(List.of(issue)), issues.timeline(issue.id()));
    }
}
