package id.go.jakarta.deskpilkada.staff;

import org.jspecify.annotations.Nullable;

/**
 * What is entered to create or edit an officer. The service checks and normalises it (NIP without
 * spaces, phone without separators); whether he is active is set on its own ({@code setActive}).
 */
public record OfficerForm(
        String nip,
        String fullName,
        long unitId,
        PostRole postRole,
        @Nullable String phone,
        long homePoskoId,
        boolean reserve) {

    static OfficerForm of(NewOfficer o) {
        return new OfficerForm(
                o.nip(), o.fullName(), o.unitId(), o.postRole(), o.phone(), o.homePoskoId(), o.reserve());
    }
}
