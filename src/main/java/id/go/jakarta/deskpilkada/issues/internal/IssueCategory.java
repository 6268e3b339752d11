package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An issue category of one desk: each desk keeps its own set, codes unique within it (V29). */
@Entity
@Table(name = "issue_category")
public class IssueCategory extends VersionedDeskEntity {

    private String code = "";
    private String name = "";

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active = true;

    protected IssueCategory() {}

    /** A new, active category with a name the service has checked. */
    public IssueCategory(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public void rename(String checkedName) {
        this.name = checkedName;
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }

    public CategoryInfo toInfo() {
        return new CategoryInfo(id(), code, name, sortOrder, active, version());
    }
}
