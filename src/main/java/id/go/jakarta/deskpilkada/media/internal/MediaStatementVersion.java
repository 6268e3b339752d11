package id.go.jakarta.deskpilkada.media.internal;

import id.go.jakarta.deskpilkada.base.data.DeskEntity;
import id.go.jakarta.deskpilkada.media.StatementVersionInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a statement's title and text; never changed once written. */
@Entity
@Table(name = "media_statement_version")
public class MediaStatementVersion extends DeskEntity {

    @Column(name = "statement_id")
    private long statementId;

    @Column(name = "seq")
    private int number;

    private String title = "";
    private String body = "";

    @Column(name = "saved_at")
    private Instant savedAt = Instant.EPOCH;

    @Column(name = "saved_by")
    private String savedBy = "";

    protected MediaStatementVersion() {}

    public MediaStatementVersion(MediaStatement statement, String savedBy) {
        this.statementId = statement.id();
        this.number = statement.contentVersion();
        this.title = statement.title();
        this.body = statement.body();
        this.savedAt = statement.updatedAt();
        this.savedBy = savedBy;
    }

    public StatementVersionInfo toInfo() {
        return new StatementVersionInfo(number, title, body, savedAt, savedBy);
    }
}
