package id.go.jakarta.deskpilkada.issues;

import org.jspecify.annotations.Nullable;

/**
 * What a reporter enters. The place is the most precise of kelurahan, kecamatan or wilayah code
 * given (from the reference tree); the others are derived from it. Without a stage the issue
 * belongs to the active election's stage of the day it is filed.
 */
public record IssueForm(
        String title,
        @Nullable String description,
        long categoryId,
        Severity severity,
        @Nullable String wilayahCode,
        @Nullable String kecamatanCode,
        @Nullable String kelurahanCode,
        @Nullable String tps,
        @Nullable String address,
        IssueSource source,
        @Nullable Integer stageSeq) {}
