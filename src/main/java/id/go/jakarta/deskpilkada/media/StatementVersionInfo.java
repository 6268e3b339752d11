package id.go.jakarta.deskpilkada.media;

import java.time.Instant;

/** One kept version of a statement's title and text, with who saved it and when. */
public record StatementVersionInfo(int number, String title, String text, Instant savedAt, String savedBy) {}
