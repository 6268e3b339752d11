package id.go.jakarta.deskpilkada.situation.internal;

import id.go.jakarta.deskpilkada.base.data.AbstractEntity;
import id.go.jakarta.deskpilkada.situation.WallPanelKind;
import id.go.jakarta.deskpilkada.situation.WallPlaylist;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "wall_panel")
class WallPanel extends AbstractEntity {

    private int seq;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "panel")
    private WallPanelKind kind = WallPanelKind.RINGKASAN;

    private boolean enabled;
    private int seconds;

    protected WallPanel() {}

    WallPanel(WallPanelKind kind, boolean enabled, int seconds, int seq) {
        this.kind = kind;
        this.enabled = enabled;
        this.seconds = seconds;
        this.seq = seq;
    }

    WallPanelKind kind() {
        return kind;
    }

    int seq() {
        return seq;
    }

    void update(boolean on, int secs, int order) {
        this.enabled = on;
        this.seconds = secs;
        this.seq = order;
    }

    WallPlaylist.Panel toPanel() {
        return new WallPlaylist.Panel(kind, enabled, seconds);
    }
}
