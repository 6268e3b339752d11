package id.go.jakarta.deskpilkada.duty;

import java.time.LocalDate;

/** Officers were put on or taken off a post's shifts, from {@code from} to {@code to}. */
public record RosterChanged(long poskoId, LocalDate from, LocalDate to) implements DutyEvent {}
