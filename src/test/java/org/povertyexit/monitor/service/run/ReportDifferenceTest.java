package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDifferenceTest {

    private static final String REPORT = """
            {"run":{"id":"a","inputSha256":"x","startedAt":"2026-01-01T00:00:00Z","durationMs":5},
             "households":[{"id":"H1","status":"NOT_READY","failed":["H-INCOME"]}],"villages":[]}""";

    @Test
    void reportsThatDifferInRunTimingAndWhitespaceAloneAreEqual() throws IOException {
        String other = REPORT.replace("\"id\":\"a\"", "\"id\":\"b\"").replace(":5}", ":77}")
                .replace("2026-01-01", "2026-02-02").replace(",", " ,\n  ");
        assertThat(sections(REPORT, other)).isEmpty();
    }

    @Test
    void aReportStoredBeforeNamesWereGivenBesideCodesStillReproduces() throws IOException {
        String named = "{\"run\":{\"id\":\"a\"},\"households\":[{\"id\":\"H1\",\"villageCode\":\"V1\","
                + "\"villageName\":\"张家堡村\",\"status\":\"NOT_READY\"}],\"counties\":[{\"code\":\"C1\","
                + "\"name\":\"西吉县\"}]}";
        String unnamed = "{\"run\":{\"id\":\"b\"},\"households\":[{\"id\":\"H1\",\"villageCode\":\"V1\","
                + "\"status\":\"NOT_READY\"}],\"counties\":[{\"code\":\"C1\"}]}";
        assertThat(sections(unnamed, named)).isEmpty();
        assertThat(sections(unnamed, named.replace("NOT_READY", "EXIT_READY"))).containsExactly("households");
    }

    @Test
    void theFirstDifferingSectionIsNamed() throws IOException {
        assertThat(sections(REPORT, REPORT.replace("NOT_READY", "EXIT_READY"))).containsExactly("households");
        assertThat(sections(REPORT, REPORT.replace("\"x\"", "\"y\""))).containsExactly("run");
        assertThat(sections(REPORT, REPORT.replace("\"villages\":[]", "\"villages\":[{}]")))
                .containsExactly("villages");
        assertThat(sections(REPORT, REPORT.replace(",\"villages\":[]", ""))).isNotEmpty();
    }

    private static List<String> sections(String a, String b) throws IOException {
        return ReportDifference.sections(new ByteArrayInputStream(a.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(b.getBytes(StandardCharsets.UTF_8)));
    }
}
