package id.go.jakarta.deskpilkada.desk;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import java.util.List;

/** Desks were opened, or a desk that only rolled up now holds its election (the desks' ids). */
public record DesksOpened(List<Long> deskIds) implements LiveEvent {}
