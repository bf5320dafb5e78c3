package org.povertyexit.monitor.service.firing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiringBlockTest {

    private static final List<FiringRecord> FIRINGS = List.of(
            new FiringRecord(1, "H-INCOME per-capita net income", "H-INCOME", "BLOCKING", "HOUSEHOLD", "H0001", false,
                    "3200.00", "4000", "household.poverty_line", "AGRICULTURE", "800.00", "元", "收入 below the line",
                    false, "Household:H0001,Parameter:household.poverty_line", "{\"$income\":3200.00}"),
            new FiringRecord(2, "V-INCIDENCE village incidence", "V-INCIDENCE", "BLOCKING", "VILLAGE", "640422100201",
                    null, null, null, null, null, null, null, null, true, "VillagePoverty:640422100201", "{}"),
            new FiringRecord(3, "projected poor", null, null, null, null, null, null, null, null, null, null, null,
                    null, false, "", "{}"));

    @Test
    void aBlockGivesBackItsFiringsNumberedFromItsFirstSeq() {
        FiringBlock.Encoded block = FiringBlock.encode(FIRINGS);

        assertThat(block.count()).isEqualTo(3);
        assertThat(FiringBlock.decode(block.deflated(), 1)).isEqualTo(FIRINGS);
        assertThat(FiringBlock.decode(block.deflated(), 41).get(2).seq()).isEqualTo(43);
        assertThat(FiringBlock.decode(FiringBlock.encode(List.of()).deflated(), 1)).isEmpty();
    }

    @Test
    void theDigestOfABlockIsThatOfItsFiringsCanonicalLines() {
        FiringDigest fromLines = new FiringDigest();
        FIRINGS.forEach(fromLines::add);
        FiringDigest fromBlock = new FiringDigest();
        FiringBlock.digest(FiringBlock.encode(FIRINGS).raw(), 1, fromBlock);

        assertThat(fromBlock.count()).isEqualTo(3);
        assertThat(fromBlock.hex()).isEqualTo(fromLines.hex());

        FiringDigest renumbered = new FiringDigest();
        FiringBlock.digest(FiringBlock.encode(FIRINGS).raw(), 2, renumbered);
        assertThat(renumbered.hex()).isNotEqualTo(fromLines.hex());
    }
}
