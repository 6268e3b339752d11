/**
 * Post journal screens: one post's journal (or, for leadership and the provincial post, every
 * post's) grouped by duty day and shift, newest first, with a quick entry form on top that works on
 * a phone, corrections as new entries, filters by day and category, and live updates by push.
 */
@NullMarked
package id.go.jakarta.deskpilkada.journal.ui;

import org.jspecify.annotations.NullMarked;
