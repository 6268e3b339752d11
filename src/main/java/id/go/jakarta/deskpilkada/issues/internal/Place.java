package id.go.jakarta.deskpilkada.issues.internal;

import org.jspecify.annotations.Nullable;

/** Where an issue is, checked against the reference tree: a wilayah, and below it what is known. */
public record Place(
        String wilayahCode,
        @Nullable String kecamatanCode,
        @Nullable String kelurahanCode) {}
