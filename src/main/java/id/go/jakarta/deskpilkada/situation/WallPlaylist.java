package id.go.jakarta.deskpilkada.situation;

import java.io.Serializable;
import java.util.List;

/**
 * What the wall screens rotate through: the panels in order (each on or off, seconds each), then
 * optionally a pass through the seven posts, one at a time; and after how many silent minutes a
 * post's tile turns grey. {@code version} identifies the state seen, of the row it was read from
 * (the default or the desk's own): saving is refused unless that row still has it.
 */
public record WallPlaylist(List<Panel> panels, boolean postPass, int postSeconds, int silenceMinutes, long version)
        implements Serializable {

    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 600;
    public static final int MIN_POST_SECONDS = 3;
    public static final int MAX_POST_SECONDS = 120;
    public static final int MIN_SILENCE = 1;
    public static final int MAX_SILENCE = 1440;

    /** One panel of the rotation. */
    public record Panel(WallPanelKind kind, boolean enabled, int seconds) implements Serializable {}
}
