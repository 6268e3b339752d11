package id.go.jakarta.deskpilkada.situation.internal;

import id.go.jakarta.deskpilkada.situation.WallPlaylist;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A playlist of the wall screens, with its panels: row 1 ({@code deskId} null) is the deployment's
 * default, another row a desk's own.
 */
@Entity
@Table(name = "wall_settings")
public class WallSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wall_settings_seq")
    @SequenceGenerator(name = "wall_settings_seq", sequenceName = "wall_settings_seq", allocationSize = 1)
    private long id;

    /** The desk whose own playlist this is; null for the deployment's default (row 1). */
    @Column(name = "desk_id")
    private @Nullable Long deskId;

    @Column(name = "silence_minutes")
    private int silenceMinutes;

    @Column(name = "post_pass_enabled")
    private boolean postPassEnabled;

    @Column(name = "post_seconds")
    private int postSeconds;

    /** Counts saves, so that a change of the panels alone still moves the row's version. */
    private int revision;

    @Version
    private long version;

    @OneToMany(fetch = FetchType.EAGER, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "settings_id", nullable = false)
    @OrderBy("seq")
    private List<WallPanel> panels = new ArrayList<>();

    protected WallSettings() {}

    /** A desk's own playlist, as the desk's admin first saves it. */
    public WallSettings(long deskId, WallPlaylist playlist) {
        this.deskId = deskId;
        this.silenceMinutes = playlist.silenceMinutes();
        this.postPassEnabled = playlist.postPass();
        this.postSeconds = playlist.postSeconds();
        int seq = 1;
        for (WallPlaylist.Panel panel : playlist.panels()) {
            panels.add(new WallPanel(panel.kind(), panel.enabled(), panel.seconds(), seq++));
        }
    }

    public long version() {
        return version;
    }

    /**
     * The row and its version in one number, the version a playlist carries: a playlist seen on
     * one row (the default) is never taken for the same state of another (a desk's own row, whose
     * version counts from 0 too), so saving it over that row is a conflict, not an overwrite.
     */
    public long stamp() {
        return (id << 32) | version;
    }

    public long id() {
        return id;
    }

    public boolean isDefault() {
        return deskId == null;
    }

    public void update(WallPlaylist playlist) {
        this.revision++;
        this.silenceMinutes = playlist.silenceMinutes();
        this.postPassEnabled = playlist.postPass();
        this.postSeconds = playlist.postSeconds();
        for (WallPlaylist.Panel wanted : playlist.panels()) {
            panels.stream()
                    .filter(p -> p.kind() == wanted.kind())
                    .findFirst()
                    .ifPresent(p -> p.update(
                            wanted.enabled(),
                            wanted.seconds(),
                            playlist.panels().indexOf(wanted) + 1));
        }
        panels.sort(Comparator.comparingInt(WallPanel::seq));
    }

    public WallPlaylist toPlaylist() {
        return new WallPlaylist(
                panels.stream().map(WallPanel::toPanel).toList(),
                postPassEnabled,
                postSeconds,
                silenceMinutes,
                stamp());
    }
}
