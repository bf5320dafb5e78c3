package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.povertyexit.monitor.PrivateFiles;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns an upload into an input as the command line reads it: the file goes to a private folder in the
 * service's {@link WorkFolder} (a zip is unpacked there as the CSV folder), is handed on as a path, and
 * the folder is deleted whatever happens (and at the next start if the process was killed). Nothing is
 * held in memory whole. Forms: .json, .xlsx, .zip of the CSV folder.
 */
@Component
public class UploadedDataset {

    private final ZipFolder zipFolder;
    private final WorkFolder work;
    private final DiskSpace disk;

    public UploadedDataset(@Value("${exit-monitor.upload.max-unzipped-size:2GB}") DataSize maxUnzipped,
                           @Value("${exit-monitor.upload.max-zip-entries:20}") int maxEntries, WorkFolder work,
                           DiskSpace disk) {
        this.zipFolder = new ZipFolder(maxUnzipped.toBytes(), maxEntries);
        this.work = work;
        this.disk = disk;
    }

    /** What is done with the uploaded input while it is on disk. */
    @FunctionalInterface
    public interface InputUse<T> {
        T apply(Path input) throws IOException, InvalidDatasetException, RuleCompilationException;
    }

    public <T> T use(MultipartFile upload, InputUse<T> use) throws IOException, InvalidDatasetException,
            UploadRejectedException, RuleCompilationException {
        return use(keep(upload), use);
    }

    /** An upload written to its own private folder, waiting to be used (and then deleted). */
    public record Kept(Path folder, Path file, String name) {
        /** Deletes the folder (when the upload is not used after all). */
        public void discard() throws IOException {
            WorkFolder.delete(folder);
        }
    }

    /**
     * Writes the upload to a private folder of its own, for a request that answers before it is evaluated
     * (the pages' uploads): the request's own copy goes when the request ends.
     */
    public Kept keep(MultipartFile upload) throws IOException, UploadRejectedException {
        String name = safeName(upload.getOriginalFilename());
        if (upload.isEmpty()) {
            throw new UploadRejectedException(name, "the upload is empty");
        }
        kind(name);
        disk.check(upload.getSize());
        Path folder = Files.createTempDirectory(work.path(), "upload-");
        Path file = folder.resolve(name);
        try (InputStream in = upload.getInputStream(); OutputStream out = PrivateFiles.create(file)) {
            in.transferTo(out);
        } catch (IOException e) {
            new Kept(folder, file, name).discard();
            throw e;
        }
        return new Kept(folder, file, name);
    }

    /** Uses a kept upload as an input (a zip unpacked as the CSV folder), deleting it whatever happens. */
    public <T> T use(Kept kept, InputUse<T> use) throws IOException, InvalidDatasetException,
            UploadRejectedException, RuleCompilationException {
        try {
            Path input = kind(kept.name()).equals("zip")
                    ? zipFolder.unpack(kept.file(), PrivateFiles.folder(kept.folder().resolve("csv"))) : kept.file();
            return use.apply(input);
        } finally {
            kept.discard();
        }
    }

    /** The upload's form by its name: json, xlsx or zip; any other is refused before anything is written. */
    private static String kind(String name) throws UploadRejectedException {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String kind = dot < 0 ? "" : lower.substring(dot + 1);
        if (!List.of("json", "xlsx", "zip").contains(kind)) {
            throw new UploadRejectedException(name,
                    "unsupported upload: give a .json file, an .xlsx workbook or a .zip of the CSV folder");
        }
        return kind;
    }

    /** The client's file name, reduced to its last segment and to characters safe in a path. */
    public static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "upload" + name;
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
