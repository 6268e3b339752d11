/** The Ringkasan (overview) screen: the seven posts, their alert level, who changed it and when. */
@NullMarked
package id.go.jakarta.deskpilkada.posko.ui;

import org.jspecify.annotations.NullMarked;
