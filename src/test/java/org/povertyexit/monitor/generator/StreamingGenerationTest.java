package org.povertyexit.monitor.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetFormat;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.DatasetWriter;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Village;

class StreamingGenerationTest {

    @Test
    void writesTwentyThousandHouseholdsThatLoadBack(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("big.json");
        GeneratorSettings settings = new GeneratorSettings(4, 5_000, 11);
        List<String> progress = new ArrayList<>();
        try (DatasetWriter writer = DatasetFormat.JSON.writer(file)) {
            new DatasetGenerator(settings, progress::add).generate(writer);
        }
        Dataset dataset = new DatasetLoader().load(file);
        assertThat(dataset.counties()).hasSize(4);
        assertThat(dataset.households()).hasSize(20_000);
        assertThat(dataset.households()).extracting(Household::id).doesNotHaveDuplicates();
        assertThat(dataset.villages().size()).isBetween(4 * 20, 4 * 30);
        assertThat(progress).isEmpty(); // progress is for runs of 100,000 and more
    }

    /** The writer sees entities in the dataset's order and nothing is buffered: each household arrives alone. */
    @Test
    void handsEntitiesToTheWriterOneByOneInOrder() throws Exception {
        OrderWriter writer = new OrderWriter();
        List<String> progress = new ArrayList<>();
        new DatasetGenerator(new GeneratorSettings(2, 3_000, 3), progress::add, 2_000).generate(writer);
        assertThat(writer.order.toString()).matches("MC{2}V+H{6000}");
        assertThat(progress).anyMatch(line -> line.startsWith("4000 / 6000"));
        assertThat(progress).anyMatch(line -> line.contains("西吉县"));
    }

    private static final class OrderWriter implements DatasetWriter {
        final StringBuilder order = new StringBuilder();

        @Override
        public void meta(Meta meta) {
            order.append('M');
        }

        @Override
        public void county(County county) {
            order.append('C');
        }

        @Override
        public void village(Village village) {
            order.append('V');
        }

        @Override
        public void household(Household household) {
            order.append('H');
        }

        @Override
        public void close() {
        }
    }
}
