package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The room an upload needs on the data folder's disk, checked before any of it is written: its copy,
 * what a zip unpacks to, the working files of the evaluation and the rows it stores take several times
 * the file's size, and the database must never be the one to find the disk full (it stops, and so
 * would every read). A refusal is 507; the space is measured again for the next upload, so the service
 * takes uploads again by itself once space is freed.
 */
@Component
public class DiskSpace {

    /** Room an upload needs for each byte of it: its copy, the unpacked folder, working files and rows. */
    static final int ROOM_PER_BYTE = 8;

    /** Thrown when the disk has not the room an upload needs. */
    public static final class Full extends RuntimeException {
        Full(long free, long needed) {
            super("the service's disk has " + DataSize.ofBytes(free).toMegabytes() + " MB free and this upload "
                    + "needs about " + DataSize.ofBytes(needed).toMegabytes() + " MB; nothing was stored. Ask the "
                    + "operator to free space, then send it again");
        }
    }

    private final long reserve;
    private final LongSupplier free;

    @Autowired
    public DiskSpace(@Value("${exit-monitor.data-dir}") Path dataDir,
                     @Value("${exit-monitor.storage.reserve:512MB}") DataSize reserve) {
        this(reserve.toBytes(), () -> usable(dataDir));
    }

    DiskSpace(long reserve, LongSupplier free) {
        this.reserve = reserve;
        this.free = free;
    }

    /** Throws {@link Full} unless the disk keeps its reserve after an upload of this size. */
    public void check(long uploadBytes) {
        long needed = reserve + ROOM_PER_BYTE * Math.max(uploadBytes, 0);
        long available = free.getAsLong();
        if (available < needed) {
            throw new Full(available, needed);
        }
    }

    private static long usable(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("the data folder " + folder + " cannot be measured", e);
        }
    }
}
