package id.go.jakarta.deskpilkada.issues.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One change recorded by Envers: when (epoch milliseconds) and by whom. */
@Entity
@Table(name = "issue_revision")
@RevisionEntity(IssueRevisionListener.class)
public class IssueRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "at")
    private long at;

    private String username = "";

    public long id() {
        return id;
    }

    public long at() {
        return at;
    }

    public String username() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
