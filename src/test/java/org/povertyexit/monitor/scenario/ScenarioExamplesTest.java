package org.povertyexit.monitor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.reader;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.small;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped examples stay valid: they read, and they apply to a dataset with a Xiji county (640422). */
class ScenarioExamplesTest {

    @Test
    void everyExampleReadsAndApplies() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("data/ningxia-2019/scenarios"))) {
            examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (Path example : examples) {
            Scenario scenario = reader().read(example);
            assertThat(new ScenarioApplier().apply(small(), scenario)).as(example.toString()).isNotNull();
        }
    }
}
