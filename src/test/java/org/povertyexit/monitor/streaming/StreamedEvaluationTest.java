package org.povertyexit.monitor.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.report.ReportJson;

/** The streamed evaluation writes what the in-memory one builds, whatever the order of the input. */
class StreamedEvaluationTest {

    private static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json");
    private static final Path SAMPLE_CSV = Path.of("data/ningxia-2019/csv");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExitAssessment assessment;

    @TempDir
    Path folder;
    @TempDir
    Path work;

    @BeforeAll
    static void compileRules() throws Exception {
        assessment = ExitAssessment.load(Path.of("rules"));
    }

    @Test
    void theReportIsByteForByteTheInMemoryOneForTheSample() throws Exception {
        String expected = inMemory(SAMPLE);

        assertThat(withoutRunIdentity(streamed(SAMPLE, 1))).isEqualTo(withoutRunIdentity(expected));
        assertThat(withoutRunIdentity(streamed(SAMPLE_CSV, 2))).isEqualTo(withoutRunIdentity(expected));
        assertThat(withoutRunIdentity(streamed(SAMPLE, 3))).isEqualTo(withoutRunIdentity(expected));
        assertThat(work).isEmptyDirectory();
    }

    /**
     * Households before villages (their counties unknown when read) and ids that interleave across counties:
     * the merge, not the county order, must give the report's order, and the input hash must not change.
     */
    @Test
    void householdsReadBeforeTheirVillagesAndIdsAcrossCountiesGiveTheSameReport() throws Exception {
        ObjectNode dataset = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        int n = 0;
        for (JsonNode household : dataset.withArray("households")) {
            n++;
            ((ObjectNode) household).put("id", String.format("H%02d-%03d", n % 7, n));
        }
        ObjectNode reordered = JSON.createObjectNode();
        reordered.set("households", dataset.get("households"));
        reordered.set("counties", dataset.get("counties"));
        reordered.set("villages", dataset.get("villages"));
        reordered.set("meta", dataset.get("meta"));
        Path input = folder.resolve("reordered.json");
        JSON.writeValue(input.toFile(), reordered);

        String expected = inMemory(input);
        String actual = streamed(input, 2);

        assertThat(withoutRunIdentity(actual)).isEqualTo(withoutRunIdentity(expected));
        assertThat(JSON.readTree(actual).at("/households/0/id").asText()).isEqualTo("H00-007");
        assertThat(work).isEmptyDirectory();
    }

    /** Ids numbered county by county (hashed as the counties come, nothing sorted): the same report and hash. */
    @Test
    void idsInCountyOrderGiveTheSameReport() throws Exception {
        ObjectNode dataset = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        java.util.Map<String, String> countyOfVillage = new java.util.HashMap<>();
        dataset.withArray("villages").forEach(village -> countyOfVillage.put(village.get("code").asText(),
                village.get("countyCode").asText()));
        int n = 0;
        for (JsonNode household : dataset.withArray("households")) {
            n++;
            String county = countyOfVillage.get(household.get("villageCode").asText());
            ((ObjectNode) household).put("id", String.format("%s-%03d", county, n));
        }
        Path input = folder.resolve("by-county.json");
        JSON.writeValue(input.toFile(), dataset);

        String expected = inMemory(input);

        assertThat(withoutRunIdentity(streamed(input, 2))).isEqualTo(withoutRunIdentity(expected));
        assertThat(withoutRunIdentity(streamed(input, 1))).isEqualTo(withoutRunIdentity(expected));
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void aRejectedInputIsNotEvaluatedAndLeavesNoWorkingFiles() throws Exception {
        String text = Files.readString(SAMPLE).replaceFirst("\"wageIncome\" : [0-9.]+", "\"wageIncome\" : \"abc\"");
        Path input = folder.resolve("bad.json");
        Files.writeString(input, text);
        StringWriter report = new StringWriter();

        assertThatThrownBy(() -> new StreamedEvaluation(assessment, work, 2)
                .run(new DatasetLoader(), input, report, line -> { }))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).endsWith(".wageIncome")));
        assertThat(report.toString()).isEmpty();
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void aCompactReportIsTheSameJsonOnOneLine() throws Exception {
        JsonNode expected = withoutRunIdentity(JSON.readTree(inMemory(SAMPLE)));

        String compact = streamed(SAMPLE_CSV, 2, false);

        assertThat(compact).doesNotContain("\n").doesNotContain(" : ").startsWith("{\"run\":{\"id\":");
        assertThat(withoutRunIdentity(JSON.readTree(compact))).isEqualTo(expected);
        // byte for byte what the mapper writes compact (the run's block is put before the rest written first)
        String mapped = ReportJson.writer(false)
                .writeValueAsString(assessment.assess(new DatasetLoader().load(SAMPLE)));
        assertThat(withoutRunIdentity(compact.replace("\":", "\" : ")))
                .isEqualTo(withoutRunIdentity(mapped.replace("\":", "\" : ")));
        // the sample is small: unasked, it is indented
        assertThat(streamed(SAMPLE, 2)).contains("\n  \"households\" : [ {");
    }

    private static JsonNode withoutRunIdentity(JsonNode report) {
        ObjectNode run = (ObjectNode) report.get("run");
        run.remove(java.util.List.of("id", "startedAt", "durationMs"));
        return report;
    }

    /** The report of a streamed evaluation, {@code threads} counties at a time. */
    private String streamed(Path input, int threads) throws Exception {
        return streamed(input, threads, null);
    }

    private String streamed(Path input, int threads, Boolean pretty) throws Exception {
        StringWriter report = new StringWriter();
        StreamedEvaluation.Written written = new StreamedEvaluation(assessment, work, threads).indented(pretty)
                .run(new DatasetLoader(), input, report, line -> { });
        assertThat(written.households()).isEqualTo(JSON.readTree(report.toString()).get("households").size());
        return report.toString();
    }

    private static String inMemory(Path input) throws Exception {
        return ReportJson.MAPPER.writeValueAsString(assessment.assess(new DatasetLoader().load(input)));
    }

    private static String withoutRunIdentity(String report) {
        return report.replaceAll("\"id\" : \"[0-9a-f-]{36}\"", "\"id\" : \"…\"")
                .replaceAll("\"startedAt\" : \"[^\"]+\"", "\"startedAt\" : \"…\"")
                .replaceAll("\"durationMs\" : \\d+", "\"durationMs\" : 0");
    }
}
