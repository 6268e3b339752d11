package id.go.jakarta.deskpilkada.issues;

/** An attachment with its bytes, for a download. */
public record AttachmentContent(AttachmentInfo info, byte[] bytes) {}
