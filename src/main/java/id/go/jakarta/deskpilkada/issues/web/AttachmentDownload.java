package id.go.jakarta.deskpilkada.issues.web;

import id.go.jakarta.deskpilkada.issues.AttachmentContent;
import id.go.jakarta.deskpilkada.issues.AttachmentService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /lampiran/{id}} for a signed-in browser: the file with its checked content type,
 * never sniffed, shown inline only for images and PDFs, only to people who may see the issue
 * (anyone else gets 404, as if it did not exist).
 */
@RestController
class AttachmentDownload {

    private final AttachmentService attachments;

    AttachmentDownload(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/lampiran/{id}")
    ResponseEntity<byte[]> download(@PathVariable("id") long id) {
        AttachmentContent file = attachments.content(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.bytes());
    }
}
