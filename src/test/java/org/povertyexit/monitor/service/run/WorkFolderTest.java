package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkFolderTest {

    @Test
    void whatAKilledUploadLeftIsDeletedAndTheDataIsTheOwnersAlone(@TempDir Path parent) throws IOException {
        Path data = parent.resolve("data");
        Path left = data.resolve("work/upload-123/households.csv");
        Files.createDirectories(left.getParent());
        Files.writeString(left, "H0001,640422198001011234");
        Path database = Files.writeString(data.resolve("exit-monitor.mv.db"), "db");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));

        WorkFolder work = new WorkFolder(data);

        assertThat(work.path()).isEqualTo(data.resolve("work")).isEmptyDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.path()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
    }

    @Test
    void aNewDataFolderIsMadeOwnerOnly(@TempDir Path parent) {
        WorkFolder work = new WorkFolder(parent.resolve("new"));
        assertThat(work.path()).isDirectory();
    }
}
