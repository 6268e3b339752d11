/**
 * Coverage: present versus required per post, shift and role, computed after every change,
 * kept in the cluster snapshot, watched for gaps (decided once in the cluster) and its history.
 */
@NullMarked
package id.go.jakarta.deskpilkada.duty.coverage;

import org.jspecify.annotations.NullMarked;
