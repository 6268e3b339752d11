/**
 * The consolidated daily report as a PDF (PDFBox, Liberation Sans).
 */
@NullMarked
package id.go.jakarta.deskpilkada.reports.pdf;

import org.jspecify.annotations.NullMarked;
