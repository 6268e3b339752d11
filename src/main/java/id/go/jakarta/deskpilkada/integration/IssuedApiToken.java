package id.go.jakarta.deskpilkada.integration;

/** A new client and its token: the only time the token is ever shown. */
public record IssuedApiToken(ApiClientInfo client, String token) {}
