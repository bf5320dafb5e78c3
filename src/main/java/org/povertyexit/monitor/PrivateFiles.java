package org.povertyexit.monitor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders that hold an input's personal data (uploads, unpacked CSV, working files), created
 * readable by their owner alone, not left to the process's umask: a folder above them being private is
 * not all the protection there should be.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<?>[] FILE = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];
    private static final FileAttribute<?>[] FOLDER = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
            : new FileAttribute<?>[0];

    private PrivateFiles() {
    }

    /** A new file, owner-only, open for writing; a file of that name already there is refused. */
    public static OutputStream create(Path file) throws IOException {
        Files.createFile(file, FILE);
        return Files.newOutputStream(file, StandardOpenOption.WRITE);
    }

    /** The file open for appending, made owner-only first when it is new. */
    public static OutputStream append(Path file) throws IOException {
        try {
            Files.createFile(file, FILE);
        } catch (FileAlreadyExistsException e) {
            // appended to: it was made owner-only when it was created
        }
        return Files.newOutputStream(file, StandardOpenOption.APPEND);
    }

    /** A new folder, owner-only. */
    public static Path folder(Path folder) throws IOException {
        return Files.createDirectory(folder, FOLDER);
    }

    /** The folder and any missing parents, the new ones owner-only. */
    public static Path folders(Path folder) throws IOException {
        return Files.createDirectories(folder, FOLDER);
    }
}
