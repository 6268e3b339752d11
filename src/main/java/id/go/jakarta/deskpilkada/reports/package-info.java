/**
 * Situation reports (laporan situasi): each post's report per due time of its schedule, prefilled
 * with the period's computed facts (duty coverage, issues, stage, device outages) frozen at
 * submission; review by the provincial post or leadership; corrections as new versions; the watch
 * that raises missing and late reports; the consolidated provincial report and its PDF.
 */
@NullMarked
package id.go.jakarta.deskpilkada.reports;

import org.jspecify.annotations.NullMarked;
