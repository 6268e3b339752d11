package id.go.jakarta.deskpilkada.duty;

/** How a sign-in was recorded. */
public enum SignInMethod {
    /** Marked by the post chief on his board. */
    KETUA,
    /** The officer scanned the post's rotating QR code. */
    QR,
    /** An attendance device through the API. */
    PERANGKAT
}
