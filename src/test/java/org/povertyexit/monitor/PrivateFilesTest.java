package org.povertyexit.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files with personal data are their owner's alone from the moment they exist, whatever the umask. */
class PrivateFilesTest {

    @Test
    void aNewFileAndFolderAreOwnerOnlyAndAFileIsNotMadeTwice(@TempDir Path dir) throws IOException {
        Path folder = PrivateFiles.folder(dir.resolve("csv"));
        Path file = folder.resolve("members.csv");
        try (OutputStream out = PrivateFiles.create(file)) {
            out.write('x');
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThatThrownBy(() -> PrivateFiles.create(file)).isInstanceOf(FileAlreadyExistsException.class);
        try (OutputStream out = PrivateFiles.append(file)) {
            out.write('y');
        }
        assertThat(Files.readString(file)).isEqualTo("xy");
    }
}
