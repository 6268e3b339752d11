package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.issues.internal.IssueAttachment;
import id.go.jakarta.deskpilkada.issues.internal.IssueAttachmentRepository;
import id.go.jakarta.deskpilkada.issues.internal.IssueEvent;
import id.go.jakarta.deskpilkada.issues.internal.IssueEventRepository;
import id.go.jakarta.deskpilkada.issues.internal.IssueProperties;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos and PDFs on an issue. The type is decided from the content (JPEG, PNG, WebP or PDF),
 * never from the name or what the uploader claimed; the name is reduced to safe characters and
 * given the extension of that type. Only people who may see the issue list and read its files.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    public static final int MAX_FILE_NAME = 120;

    private final IssueAttachmentRepository attachments;
    private final IssueEventRepository timeline;
    private final IssueService issues;
    private final IssueProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttachmentService(
            IssueAttachmentRepository attachments,
            IssueEventRepository timeline,
            IssueService issues,
            IssueProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.attachments = attachments;
        this.timeline = timeline;
        this.issues = issues;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public long maxBytes() {
        return properties.maxAttachmentBytes();
    }

    public int maxFiles() {
        return properties.maxAttachments();
    }

    /** The files of an issue the actor may see. */
    public List<AttachmentInfo> attachments(long issueId) {
        issues.issue(issueId);
        return attachments.findInfos(issueId);
    }

    /** Attaches a file (anyone who may comment on the issue). */
    @Transactional
    public AttachmentInfo attach(long issueId, @Nullable String fileName, byte[] content) {
        IssueInfo issue = issues.issue(issueId);
        if (!issues.mayComment(issue)) {
            throw DeskException.forbidden("issue.comment.forbidden");
        }
        if (content.length == 0) {
            throw DeskException.invalid("attachment.empty");
        }
        if (content.length > properties.maxAttachmentBytes()) {
            throw DeskException.invalid("attachment.tooLarge", properties.maxAttachmentBytes() / (1024 * 1024));
        }
        FileType type = FileType.of(content);
        if (type == null) {
            throw DeskException.invalid("attachment.type");
        }
        if (attachments.countByIssueId(issueId) >= properties.maxAttachments()) {
            throw DeskException.conflict("attachment.tooMany", properties.maxAttachments());
        }
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        String name = safeName(fileName, type);
        IssueAttachment saved = attachments.save(
                new IssueAttachment(issueId, name, type.contentType, content, actor.displayName(), now));
        timeline.save(new IssueEvent(issueId, now, actor.displayName(), TimelineKind.LAMPIRAN, null, null, name));
        events.publishEvent(new IssueChanged(
                issueId,
                issue.poskoId(),
                issue.assignedUnitId(),
                TimelineKind.LAMPIRAN,
                actor.belongsTo(issue.poskoId())));
        return saved.toInfo();
    }

    /** A file with its bytes, if the actor may see its issue. */
    public AttachmentContent content(long attachmentId) {
        AttachmentInfo info = attachments
                .findInfo(attachmentId)
                .orElseThrow(() -> DeskException.notFound("attachment.notFound", String.valueOf(attachmentId)));
        try {
            issues.issue(info.issueId());
        } catch (DeskException hidden) {
            throw DeskException.notFound("attachment.notFound", String.valueOf(attachmentId));
        }
        return new AttachmentContent(info, attachments.findContent(attachmentId));
    }

    /** Letters, digits, space, dot, dash and underscore; no path; the extension of the real type. */
    static String safeName(@Nullable String given, FileType type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("[ _]{2,}", "_")
                .replaceAll("^[._ -]+", "")
                .strip();
        int room = MAX_FILE_NAME - type.extension.length() - 1;
        if (base.length() > room) {
            base = base.substring(0, room);
        }
        if (base.isBlank()) {
            base = "lampiran";
        }
        return base + "." + type.extension;
    }

    /** The accepted types, recognised by their first bytes. */
    enum FileType {
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png"),
        WEBP("image/webp", "webp"),
        PDF("application/pdf", "pdf");

        final String contentType;
        final String extension;

        FileType(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static @Nullable FileType of(byte[] b) {
            if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
                return WEBP;
            }
            if (b.length >= 5 && new String(Arrays.copyOf(b, 5), StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return PDF;
            }
            return null;
        }

        private static boolean starts(byte[] b, int offset, int... expected) {
            if (b.length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((b[offset + i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
