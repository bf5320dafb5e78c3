package org.povertyexit.monitor.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.report.ReportSummary;
import org.povertyexit.monitor.service.firing.RunFirings;
import org.povertyexit.monitor.service.run.ClusterCountyRows;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.streaming.ReportRuns;

/**
 * What one county's task gives back, as bytes and text (the core's records are not serialisable): its
 * households' canonical JSON (for the input hash), its part of the report as the report writes it, its
 * counts by status, its row for the service (facts, results, entities, firings) — or the problems that
 * rejected it.
 */
record CountyOutput(String countyCode, List<String> problems, List<Keyed> canonical, List<Keyed> households,
                    List<Keyed> remediation, List<byte[]> villages, byte[] county,
                    Map<String, Map<ExitStatus, Integer>> summary, String serviceRow, int firingCount,
                    long evaluationNanos) implements Serializable {

    private static final ObjectWriter COMPACT = ReportJson.writer(false);

    /** An item with its sort key: a household by id, a remediation item by its report order. */
    record Keyed(String key, byte[] json) implements Serializable {
    }

    static CountyOutput rejected(String countyCode, List<String> problems) {
        return new CountyOutput(countyCode, problems, List.of(), List.of(), List.of(), List.of(), null, null, null,
                0, 0);
    }

    /** Made on the executor that evaluated the county, once its session has ended. */
    static CountyOutput of(Meta meta, CountyFacts facts, CountyReport report, RunFirings.CountyFirings firings,
                           long evaluationNanos) {
        List<Keyed> canonical = new ArrayList<>(facts.households().size());
        facts.households().forEach(h -> canonical.add(new Keyed(h.id(), CanonicalForm.of(h))));
        CountyPart row = CountyPart.of(meta, facts, report, canonical.stream().map(Keyed::json).toList(), firings);
        ReportSummary summary = new ReportSummary();
        summary.add(report);
        return new CountyOutput(facts.county().code(), List.of(), canonical,
                report.households().stream().map(h -> new Keyed(h.id(), json(h))).toList(),
                report.remediation().stream().map(r -> new Keyed(ReportRuns.remediationKey(r), json(r))).toList(),
                report.villages().stream().map(CountyOutput::json).toList(), json(report.county()), summary.counts(),
                ClusterCountyRows.line(row), firings.count(), evaluationNanos);
    }

    boolean isRejected() {
        return !problems.isEmpty();
    }

    static byte[] json(Object item) {
        try {
            return COMPACT.writeValueAsBytes(item);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
