package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zipped CSV folder into an empty directory, defensively: an entry that would land outside
 * it (zip-slip), too many entries or too many bytes once unpacked (a zip bomb) rejects the upload.
 */
final class ZipFolder {

    private final long maxBytes;
    private final int maxEntries;

    ZipFolder(long maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /** Unpacks {@code zip} into {@code target}; returns the folder holding the CSV files. */
    Path unpack(Path zip, Path target) throws IOException, UploadRejectedException {
        Path root = target.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store")) {
                    continue;
                }
                Path destination = root.resolve(name).normalize();
                if (name.startsWith("/") || name.contains("../") || !destination.startsWith(root)) {
                    throw new UploadRejectedException(zip.getFileName().toString(), "entry \"" + name
                            + "\" points outside the folder");
                }
                if (files.size() >= maxEntries) {
                    throw new UploadRejectedException(zip.getFileName().toString(),
                            "more than " + maxEntries + " files in the zip");
                }
                Files.createDirectories(destination.getParent());
                total += copy(in, destination, maxBytes - total, zip);
                files.add(destination);
            }
        } catch (ZipException e) {
            throw new UploadRejectedException(zip.getFileName().toString(), "not a readable zip: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new UploadRejectedException(zip.getFileName().toString(), "the zip holds no files");
        }
        return commonFolder(root, files);
    }

    private static long copy(InputStream in, Path destination, long allowed, Path zip)
            throws IOException, UploadRejectedException {
        byte[] buffer = new byte[65536];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(destination)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                written += n;
                if (written > allowed) {
                    throw new UploadRejectedException(zip.getFileName().toString(),
                            "the unpacked files exceed the size limit");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** A zip of the folder itself (data/meta.csv, ...) holds the files one level down. */
    private static Path commonFolder(Path root, List<Path> files) {
        Path parent = files.get(0).getParent();
        for (Path file : files) {
            if (!file.getParent().equals(parent)) {
                return root;
            }
        }
        return parent;
    }
}
