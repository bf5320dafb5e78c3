package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.povertyexit.monitor.report.Report;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Stored reports read back whole, for scenario comparisons (an entity is looked up by county, see
 * {@link StoredCounties}). A large report takes a while to parse, so the last few are kept (runs never
 * change, so a cached report is never stale).
 */
@Component
public class StoredReports {

    private final RunStore runs;
    private final KeptRecently<String, Report> recent;

    public StoredReports(RunStore runs, @Value("${exit-monitor.report-cache-size:2}") int cacheSize) {
        this.runs = runs;
        this.recent = new KeptRecently<>(cacheSize);
    }

    public Report get(String runId) {
        return recent.get(runId,
                KeptRecently.Making.of(id -> parse(runs.reportGz(id).orElseThrow(() -> notFound(id)))));
    }

    /** A stored report (gzip-compressed JSON) read back whole. */
    public static Report parse(byte[] gz) {
        try (InputStream in = Gzip.open(gz)) {
            return StoredJson.MAPPER.readValue(in, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResponseStatusException notFound(String runId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + runId);
    }
}
