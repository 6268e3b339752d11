/**
 * Issue screens: the per-wilayah board with the filterable list of the issues the signed-in
 * person may see and its export; the new-issue form (phone friendly, with likely duplicates before
 * saving); one issue in depth with its workflow actions, timeline, files and revision history; the
 * liaison's queue of referrals to his agency; and the issue notifications in every signed-in frame.
 */
@NullMarked
package id.go.jakarta.deskpilkada.issues.ui;

import org.jspecify.annotations.NullMarked;
