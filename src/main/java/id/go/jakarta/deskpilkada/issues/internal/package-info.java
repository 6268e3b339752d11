/**
 * Issues' storage (entities, repositories, Envers revisions, intake keys), access rules, queries,
 * the issues' part of the live snapshot, the overdue-referral watch and the exercise-data helper.
 */
@NullMarked
package id.go.jakarta.deskpilkada.issues.internal;

import org.jspecify.annotations.NullMarked;
