package org.povertyexit.monitor.scenario;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;

/** The small hand-made dataset (2 counties, 3 villages, 6 households) and the rules, loaded once. */
final class ScenarioFixtures {

    static final Path SMALL = Path.of("src/test/resources/scenario/small.json");
    private static ExitAssessment assessment;
    private static Dataset small;

    private ScenarioFixtures() {
    }

    static synchronized ExitAssessment assessment() throws Exception {
        if (assessment == null) {
            assessment = ExitAssessment.load(Path.of("rules"));
        }
        return assessment;
    }

    static synchronized Dataset small() throws Exception {
        if (small == null) {
            small = new DatasetLoader().load(SMALL);
        }
        return small;
    }

    static ScenarioReader reader() throws Exception {
        return new ScenarioReader(assessment().parameterTree().definitions().keySet());
    }

    /** A scenario from JSON written with single quotes for readability. */
    static Scenario scenario(String json) throws Exception {
        return reader().read("test.json", new ByteArrayInputStream(json.replace('\'', '"')
                .getBytes(StandardCharsets.UTF_8)));
    }
}
