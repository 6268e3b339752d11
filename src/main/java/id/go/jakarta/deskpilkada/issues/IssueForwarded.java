package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/**
 * An issue was forwarded to a province's desk, or the province answered on its timeline: the
 * province's list and the issue's screens read it again.
 *
 * @param forwardId the forwarding
 * @param deskId    the province desk it was forwarded to
 * @param issueId   the issue, in its own desk
 */
public record IssueForwarded(long forwardId, long deskId, long issueId) implements LiveEvent {}
