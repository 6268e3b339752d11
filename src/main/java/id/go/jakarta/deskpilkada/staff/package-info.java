/**
 * The people behind the posts: the units that send them (SKPD and Forkopimda agencies) and the
 * officers (petugas) with their 18-digit NIP, role at the post and home post. Officers are
 * created, edited, deactivated, imported (all or nothing) and exported as CSV or XLSX here.
 */
@NullMarked
package id.go.jakarta.deskpilkada.staff;

import org.jspecify.annotations.NullMarked;
