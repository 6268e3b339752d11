package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.desk.DeskInfo;
import java.time.Instant;
import java.util.List;

/**
 * An issue a kabupaten/kota desk forwarded to its province's desk, as the province sees it: the
 * issue and its one timeline, read from the desk that owns it.
 *
 * @param id          the forwarding (the province's handle on the issue)
 * @param from        the kabupaten/kota desk that owns the issue
 * @param to          the province desk
 * @param forwardedBy who forwarded it (name)
 * @param reason      why, in the forwarder's words
 * @param timeline    the issue's timeline, oldest first; empty in lists
 */
public record ForwardedIssue(
        long id,
        DeskInfo from,
        DeskInfo to,
        IssueInfo issue,
        Instant forwardedAt,
        String forwardedBy,
        String reason,
        List<TimelineEntry> timeline) {}
