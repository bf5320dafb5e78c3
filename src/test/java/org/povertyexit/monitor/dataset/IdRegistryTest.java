package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdRegistryTest {

    private static RawRecord row(int row) {
        return new RawRecord("members.csv", row, null, Map.of());
    }

    @Test
    void aRepeatedIdIsRefusedAndTheFirstOccurrenceIsFound() {
        IdRegistry ids = new IdRegistry();
        for (int row = 2; row < 5000; row++) {
            assertThat(ids.register("M" + row, row(row))).isEqualTo(row - 2);
        }

        assertThat(ids.register("M4321", row(9000))).isEqualTo(IdRegistry.DUPLICATE);
        assertThat(ids.firstLocation("M4321")).isEqualTo(row(4321));
        assertThat(ids.ordinal("M4321")).isEqualTo(4319);
        assertThat(ids.ordinal("M1")).isEqualTo(-1);
        assertThat(ids.size()).isEqualTo(4998);
    }

    /** 65,536 ids of one hash code (crafted input): each is kept apart, and none scans all the others. */
    @Test
    void collidingIdsAreKeptApartInLinearTime() {
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), this::registerCollidingIds);
    }

    private void registerCollidingIds() {
        IdRegistry ids = new IdRegistry();
        // "Aa" and "BB" share a hash code, and so does every string made of them
        String[] pieces = {"Aa", "BB"};
        java.util.List<String> colliding = new java.util.ArrayList<>();
        for (int bits = 0; bits < 1 << 16; bits++) {
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                id.append(pieces[(bits >> i) & 1]);
            }
            colliding.add(id.toString());
        }
        for (int i = 0; i < colliding.size(); i++) {
            assertThat(ids.register(colliding.get(i), row(i + 2))).isEqualTo(i);
        }

        for (int i = 0; i < colliding.size(); i++) {
            assertThat(ids.ordinal(colliding.get(i))).isEqualTo(i);
            assertThat(ids.register(colliding.get(i), row(9000))).isEqualTo(IdRegistry.DUPLICATE);
        }
        assertThat(ids.ordinal("Ab")).isEqualTo(-1);
        assertThat(ids.size()).isEqualTo(colliding.size());
    }


    @Test
    void locationsThatAreNotRowsOfOneFileAreKeptAsGiven() {
        IdRegistry ids = new IdRegistry();
        RawRecord nested = new RawRecord("d.json", null, "households[3].members[1]", Map.of());
        RawRecord otherFile = new RawRecord("other.csv", 7, null, Map.of());

        ids.register("A", row(2));
        ids.register("B", nested);
        ids.register("C", otherFile);

        assertThat(ids.firstLocation("A")).isEqualTo(row(2));
        assertThat(ids.firstLocation("B")).isEqualTo(nested);
        assertThat(ids.firstLocation("C")).isEqualTo(otherFile);
    }
}
