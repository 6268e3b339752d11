package id.go.jakarta.deskpilkada.media;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * The latest published statement as a wall shows it: no personal names, the publisher is always
 * Bakesbangpol.
 *
 * @param excerpt the text with its white space collapsed, at most {@link MediaService#EXCERPT} characters
 */
public record WallStatement(long id, String title, String excerpt, Instant publishedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Who speaks on the wall: the one door. */
    public static final String PUBLISHER = "Bakesbangpol";
}
