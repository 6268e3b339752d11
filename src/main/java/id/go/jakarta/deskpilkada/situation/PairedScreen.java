package id.go.jakarta.deskpilkada.situation;

/** A newly paired screen and its device token: the only time the token is ever shown. */
public record PairedScreen(WallScreenInfo screen, String token) {}
