/**
 * Table files: every CSV or XLSX the desk imports or exports (officers now; stages, posts, units,
 * issue categories, shift templates and accounts alike). {@code TableReader} reads a file into
 * rows with their line numbers and refuses a file that is no table (size, zip bomb, old Excel,
 * PDF or binary, encoding, header); {@code TableWriter} writes one that Excel opens and the reader
 * takes back unchanged. An import checks every row first and applies all or nothing: an
 * {@code ImportPlan} gathers every bad row with its line, an {@code ImportResult} tells the outcome.
 */
@NamedInterface("table")
@NullMarked
package id.go.jakarta.deskpilkada.base.table;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
