package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.LocalTime;
import java.util.Map;

/** A shift as a chief or admin enters it: name, start and end in WIB, headcount per role. */
public record ShiftForm(String name, LocalTime start, LocalTime end, Map<PostRole, Integer> required) {}
