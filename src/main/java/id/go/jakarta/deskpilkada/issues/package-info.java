/**
 * Election problems (permasalahan) per wilayah: inventory with location and stage, the workflow
 * from new to resolved or rejected, escalation to the provincial post, referral to a unit or
 * Forkopimda agency with acknowledgement, each issue's timeline and full revision history.
 */
@NullMarked
package id.go.jakarta.deskpilkada.issues;

import org.jspecify.annotations.NullMarked;
