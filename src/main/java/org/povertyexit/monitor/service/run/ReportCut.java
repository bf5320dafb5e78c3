package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportBuilder;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.report.RunInfo;
import org.springframework.stereotype.Component;

/**
 * A stored run's report cut to some of its counties, for a user scoped to them: the run's own header,
 * and the summary, households, villages, counties and remediation items of those counties alone, in
 * the report's order. Made from the county rows, never from the whole report.
 */
@Component
public class ReportCut {

    private final RunStore runs;
    private final StoredCounties counties;

    public ReportCut(RunStore runs, StoredCounties counties) {
        this.runs = runs;
        this.counties = counties;
    }

    public Report of(String runId, List<CountyPart> kept) {
        ReportBuilder builder = new ReportBuilder();
        kept.forEach(county -> builder.add(counties.results(runId, county.position())));
        return builder.build(runInfo(runId));
    }

    /** The cut report as JSON, indented as the stored reports of its size are. */
    public void write(Report report, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ReportJson.writer(report.households().size() <= ReportJson.PRETTY_UP_TO).writeValue(text, report);
    }

    /** The stored report's first field, read without reading the rest. */
    public RunInfo runInfo(String runId) {
        byte[] gz = runs.reportGz(runId).orElseThrow(() -> StoredReports.notFound(runId));
        try (JsonParser json = StoredJson.MAPPER.createParser(Gzip.open(gz))) {
            if (json.nextToken() != JsonToken.START_OBJECT || json.nextToken() != JsonToken.FIELD_NAME
                    || !"run".equals(json.currentName())) {
                throw new IllegalStateException("the stored report of run " + runId + " does not begin with its run");
            }
            json.nextToken();
            return json.readValueAs(RunInfo.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
