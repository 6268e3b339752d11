package id.go.jakarta.deskpilkada.election;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an ADMIN says about an election in the setup console.
 *
 * @param regionCode     a province for a governor election, a kabupaten for a bupati election, a kota
 *                       for a walikota election (Kemendagri codes)
 * @param secondRoundDay the voting day of a possible second round, or null
 */
public record ElectionSetup(
        String name,
        ElectionKind kind,
        String regionCode,
        @Nullable LocalDate votingDay,
        @Nullable LocalDate secondRoundDay) {}
