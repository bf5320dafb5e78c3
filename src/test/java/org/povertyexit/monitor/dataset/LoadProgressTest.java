package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadProgressTest {

    @Test
    void staysQuietForSmallInputs() {
        List<String> lines = new ArrayList<>();
        LoadProgress progress = new LoadProgress(lines::add);

        for (int i = 0; i < 250_000; i++) {
            progress.row("members.csv");
        }
        progress.phase("checking");

        assertThat(lines).as("fast loads print nothing").isEmpty();
    }

    @Test
    void tellsEveryHundredThousandRowsOnceLoadingTakesLonger() {
        List<String> lines = new ArrayList<>();
        LoadProgress progress = new LoadProgress(lines::add, 0);

        for (int i = 0; i < 250_000; i++) {
            progress.row("members.csv");
        }
        progress.row("other.csv");
        progress.phase("checking 250,001 records");

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("loading members.csv: 100,000 rows (");
        assertThat(lines.get(1)).startsWith("loading members.csv: 200,000 rows (");
        assertThat(lines.get(2)).startsWith("checking 250,001 records (");
    }
}
