package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "issue_category")
public class IssueCategory extends VersionedEntity {

    private String code = "";
    private String name = "";

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active = true;

    protected IssueCategory() {}

    public CategoryInfo toInfo() {
        return new CategoryInfo(id(), code, name, sortOrder, active);
    }
}
