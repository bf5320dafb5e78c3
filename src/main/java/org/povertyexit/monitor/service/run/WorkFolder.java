package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the service keeps uploads and working files while a run is evaluated: {@code work/} in its data
 * folder, never the shared temporary folder. Uploads hold names and ID numbers, so the data folder and
 * what is in it are the owner's alone, and whatever a killed process left in {@code work/} is deleted
 * when the service starts.
 */
@Component
public class WorkFolder {

    private static final Logger LOG = LoggerFactory.getLogger(WorkFolder.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path work;

    public WorkFolder(@Value("${exit-monitor.data-dir}") Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            ownerOnly(dataDir, "rwx------");
            try (Stream<Path> files = Files.list(dataDir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    ownerOnly(file, "rw-------");
                }
            }
            this.work = dataDir.resolve("work");
            if (Files.exists(work)) {
                long left = delete(work);
                if (left > 0) {
                    LOG.info("deleted {} files left in {} by an earlier process", left, work);
                }
            }
            Files.createDirectories(work);
            ownerOnly(work, "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException("the data folder " + dataDir + " cannot be prepared", e);
        }
    }

    public Path path() {
        return work;
    }

    /** Deletes the folder and everything in it; returns how many files there were. */
    static long delete(Path folder) throws IOException {
        long files;
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            files = all.stream().filter(Files::isRegularFile).count();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
        return files;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
