/**
 * Media statement screens: the public register of published statements ({@code /siaran-pers}),
 * the drafts of one's post, Bakesbangpol's review queue and the statement editor with its versions.
 */
@NullMarked
package id.go.jakarta.deskpilkada.media.ui;

import org.jspecify.annotations.NullMarked;
