package id.go.jakarta.deskpilkada.posko;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The live picture of one post as every screen shows it; held in the cluster snapshot.
 *
 * @param version the post's row version: a change is accepted only against the version it saw
 * @param active  false once the ADMIN retired the post: it is then only named on old records
 */
public record PoskoTile(
        long id,
        String code,
        String name,
        PoskoLevel level,
        String wilayahCode,
        String wilayahName,
        String address,
        int sortOrder,
        AlertLevel alertLevel,
        @Nullable String alertReason,
        @Nullable String alertChangedBy,
        @Nullable Instant alertChangedAt,
        long version,
        boolean active)
        implements Serializable {}
