package id.go.jakarta.deskpilkada.staff;

import org.jspecify.annotations.Nullable;

/** An officer as the post chief and leadership see him. Personal data: never shown on a wall. */
public record OfficerInfo(
        long id,
        String nip,
        String fullName,
        long unitId,
        PostRole postRole,
        @Nullable String phone,
        long homePoskoId,
        boolean reserve,
        boolean active,
        long version) {}
