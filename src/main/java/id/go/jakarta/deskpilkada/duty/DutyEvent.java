package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/** A change to one post's duty: its coverage must be computed again. */
public interface DutyEvent extends LiveEvent {

    long poskoId();
}
