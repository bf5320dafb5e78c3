package org.povertyexit.monitor.service.run;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.povertyexit.monitor.PrivateFiles;

/**
 * Unpacks a zipped CSV folder into an empty directory, defensively: an entry that would land outside
 * it (zip-slip), too many entries, too many bytes once unpacked, or an entry that inflates more than a
 * hundredfold (a zip bomb: CSV text compresses about tenfold) rejects the upload as it streams, before
 * the bytes are written.
 */
final class ZipFolder {

    /** Longer entry names are no CSV folder's (and some file systems refuse them). */
    static final int MAX_NAME = 200;
    /** CSV text deflates about tenfold; a hundredfold is a file made to be inflated. */
    static final int MAX_RATIO = 100;
    /** Below this an entry's ratio says nothing (a small file of repeated values deflates very well). */
    private static final long RATIO_FROM_BYTES = 1 << 20;

    /** The zip's bytes read so far: what an entry inflated from. */
    private static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }

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
        Counted compressed = new Counted(new BufferedInputStream(Files.newInputStream(zip), 1 << 16));
        try (ZipInputStream in = new ZipInputStream(compressed)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                if (name.length() > MAX_NAME) {
                    throw new UploadRejectedException(zip.getFileName().toString(), "an entry's name is longer than "
                            + MAX_NAME + " characters");
                }
                // the CSV folder is its .csv files: anything else (a folder, a note, __MACOSX/) is not unpacked
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")
                        || name.startsWith("__MACOSX/")) {
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
                try {
                    PrivateFiles.folders(destination.getParent());
                    total += copy(in, destination, maxBytes - total, zip, compressed);
                } catch (FileSystemException e) {
                    throw new UploadRejectedException(zip.getFileName().toString(), "entry \"" + name
                            + "\" cannot be unpacked (a file and a folder of one name, or a name given twice?)");
                }
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

    private static long copy(InputStream in, Path destination, long allowed, Path zip, Counted compressed)
            throws IOException, UploadRejectedException {
        byte[] buffer = new byte[65536];
        long written = 0;
        long from = compressed.count;
        // a new file: a name given twice is refused, not the first copy silently replaced by the second
        try (OutputStream out = PrivateFiles.create(destination)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                written += n;
                if (written > allowed) {
                    throw new UploadRejectedException(zip.getFileName().toString(),
                            "the unpacked files exceed the size limit");
                }
                if (written > RATIO_FROM_BYTES && written > MAX_RATIO * Math.max(1, compressed.count - from)) {
                    throw new UploadRejectedException(zip.getFileName().toString(), "rejected as a possible zip "
                            + "bomb: " + destination.getFileName() + " inflates more than " + MAX_RATIO + " times");
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
