/** The checklist screen and the first landing of an ADMIN on a desk not yet set up. */
@NullMarked
package id.go.jakarta.deskpilkada.setup.ui;

import org.jspecify.annotations.NullMarked;
