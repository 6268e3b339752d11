package id.go.jakarta.deskpilkada.issues;

import java.time.Instant;

/**
 * One revision of an issue: who saved it when, and the issue as it was after that save.
 *
 * @param type ADD, MOD or DEL (Envers' revision type)
 */
public record IssueRevisionInfo(long revision, Instant at, String username, String type, IssueInfo state) {}
