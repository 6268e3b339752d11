package id.go.jakarta.deskpilkada.staff;

import org.jspecify.annotations.Nullable;

/** What is needed to register an officer. */
public record NewOfficer(
        String nip,
        String fullName,
        long unitId,
        PostRole postRole,
        @Nullable String phone,
        long homePoskoId,
        boolean reserve) {}
