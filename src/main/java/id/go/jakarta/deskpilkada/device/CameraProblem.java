package id.go.jakarta.deskpilkada.device;

/** Why no snapshot of a camera can be shown. */
public enum CameraProblem {
    /** No such camera, no snapshot address, or not one the asker may see. */
    NOT_FOUND,
    /** The snapshot address (or where its name resolves to) is outside every allowed source. */
    NOT_ALLOWED,
    /** The camera redirected to an address outside every allowed source. */
    REDIRECT_NOT_ALLOWED,
    /** The camera did not answer in time. */
    TIMEOUT,
    /** The camera could not be reached (name unknown, connection refused or broken). */
    UNREACHABLE,
    /** The camera answered with an error status, or too many redirects. */
    CAMERA_ERROR,
    /** The camera answered with something that is not a JPEG, PNG, WebP or GIF image. */
    NOT_AN_IMAGE,
    /** The image is larger than the limit. */
    TOO_LARGE;

    public String messageKey() {
        return "camera.problem." + name();
    }
}
