package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DiskSpaceTest {

    private static final long MB = 1 << 20;

    @Test
    void anUploadIsRefusedWhenTheDiskWouldFallBelowItsReserveAndTakenOnceSpaceReturns() {
        AtomicLong free = new AtomicLong(600 * MB);
        DiskSpace disk = new DiskSpace(512 * MB, free::get);

        assertThatNoException().isThrownBy(() -> disk.check(10 * MB));
        assertThatThrownBy(() -> disk.check(20 * MB)).isInstanceOf(DiskSpace.Full.class)
                .hasMessageContaining("600 MB free").hasMessageContaining("nothing was stored");

        free.set(2048 * MB);   // the operator freed space: the next upload is measured afresh
        assertThatNoException().isThrownBy(() -> disk.check(20 * MB));
    }

    @Test
    void theRoomAskedGrowsWithTheUpload() {
        DiskSpace disk = new DiskSpace(0, () -> DiskSpace.ROOM_PER_BYTE * 100 * MB);
        assertThatNoException().isThrownBy(() -> disk.check(100 * MB));
        assertThatThrownBy(() -> disk.check(100 * MB + 1)).isInstanceOf(DiskSpace.Full.class);
    }
}
