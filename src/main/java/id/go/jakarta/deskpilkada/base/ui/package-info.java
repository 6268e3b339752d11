/**
 * The application frame: main layout with navigation by role, WIB clock and language choice,
 * the live-refresh helper every live view uses, the background job a screen starts
 * ({@code BackgroundJob}) and the small file such a job makes and offers once ({@code FileOffer}),
 * the upload of a table file such a job imports all or nothing and the list of its bad rows
 * ({@code TableUpload}, {@code ImportProblemsDialog}), the one way to change a screen from
 * another thread ({@code UiAccess}), error handling that never shows a stack trace.
 */
@NamedInterface("ui")
@NullMarked
package id.go.jakarta.deskpilkada.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
