/** Plain HTTP for signed-in browsers: attachment downloads and list exports. */
@NullMarked
package id.go.jakarta.deskpilkada.issues.web;

import org.jspecify.annotations.NullMarked;
