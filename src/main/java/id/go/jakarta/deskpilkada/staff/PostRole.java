package id.go.jakarta.deskpilkada.staff;

/** What an officer does at a post. */
public enum PostRole {
    KETUA,
    WAKIL_KETUA,
    OPERATOR,
    TEKNISI_KOMINFOMAS,
    PENGHUBUNG_FORKOPIMDA,
    STAF;

    public String labelKey() {
        return "postRole." + name();
    }
}
