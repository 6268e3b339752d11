package id.go.jakarta.deskpilkada.situation.internal;

import id.go.jakarta.deskpilkada.situation.WallPlaylist;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one playlist of the wall screens (row 1), with its panels. */
@Entity
@Table(name = "wall_settings")
public class WallSettings {

    @Id
    private long id;

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

    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "settings_id")
    @OrderBy("seq")
    private List<WallPanel> panels = new ArrayList<>();

    protected WallSettings() {}

    public long version() {
        return version;
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
                version);
    }
}
