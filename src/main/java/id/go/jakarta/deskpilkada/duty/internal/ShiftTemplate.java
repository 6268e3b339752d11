package id.go.jakarta.deskpilkada.duty.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.duty.ShiftForm;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

@Entity
@Table(name = "shift_template")
public class ShiftTemplate extends VersionedDeskEntity {

    @Column(name = "posko_id")
    private long poskoId;

    private String name = "";

    @Column(name = "start_time")
    private LocalTime startTime = LocalTime.MIDNIGHT;

    @Column(name = "end_time")
    private LocalTime endTime = LocalTime.MIDNIGHT;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shift_requirement", joinColumns = @JoinColumn(name = "shift_id"))
    @MapKeyColumn(name = "post_role")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "headcount")
    private Map<PostRole, Integer> required = new HashMap<>();

    protected ShiftTemplate() {}

    public ShiftTemplate(long poskoId, int sortOrder) {
        this.poskoId = poskoId;
        this.sortOrder = sortOrder;
    }

    public void apply(ShiftForm form) {
        this.name = form.name().strip();
        this.startTime = form.start();
        this.endTime = form.end();
        this.required.clear();
        form.required().forEach((role, count) -> {
            if (count > 0) {
                this.required.put(role, count);
            }
        });
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long poskoId() {
        return poskoId;
    }

    public ShiftInfo toInfo() {
        Map<PostRole, Integer> copy = new EnumMap<>(PostRole.class);
        copy.putAll(required);
        return new ShiftInfo(id(), poskoId, name, startTime, endTime, sortOrder, active, Map.copyOf(copy), version());
    }
}
