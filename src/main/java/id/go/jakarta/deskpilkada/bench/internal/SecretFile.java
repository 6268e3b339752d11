package id.go.jakarta.deskpilkada.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** A file of tokens for the load client: owner-readable only, and whole or absent (written aside, then moved). */
final class SecretFile {

    private SecretFile() {}

    static void write(Path file, String lines) {
        try {
            Path tmp = Files.createTempFile(
                    file.toAbsolutePath().getParent(),
                    "bench",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, lines);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
