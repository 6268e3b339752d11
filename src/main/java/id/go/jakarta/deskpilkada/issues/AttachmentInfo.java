package id.go.jakarta.deskpilkada.issues;

import java.io.Serializable;
import java.time.Instant;

/** A file attached to an issue, without its content. The content type is the checked one. */
public record AttachmentInfo(
        long id, long issueId, String fileName, String contentType, long size, String uploadedBy, Instant uploadedAt)
        implements Serializable {

    /** Where a signed-in browser downloads it (the server checks the reader may see the issue). */
    public String downloadPath() {
        return "lampiran/" + id;
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
