package id.go.jakarta.deskpilkada.duty;

/** A post's shift templates or headcounts were changed. */
public record ShiftsChanged(long poskoId) implements DutyEvent {}
