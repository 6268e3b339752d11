/**
 * Report screens: the list and status of reports per post, the chief's form with the prefilled
 * facts and the review, the consolidated provincial report (printable, PDF) and the missing-report
 * notifications in every signed-in frame.
 */
@NullMarked
package id.go.jakarta.deskpilkada.reports.ui;

import org.jspecify.annotations.NullMarked;
