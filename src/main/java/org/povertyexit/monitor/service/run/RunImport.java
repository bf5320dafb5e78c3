package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;
import org.povertyexit.monitor.service.firing.RunFirings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a run evaluated on a cluster (the Spark job's output folder) as a run of the service: the
 * same rows an upload stores (a county row each, as the job wrote them, then the run row on the chain),
 * so explain, coverage, exports and the pages read it as any run. The job wrote each county's row with
 * the service's own code ({@link CountyPart#of}); here the counties get their places and their firings
 * their numbers, in code order, as {@link RunRecording} gives them. The rules shipped with the run are
 * compiled again and must hash to the run's versions.
 */
@Service
public class RunImport {

    /** The job's output: the report in the evaluate format, the rule files it ran, the county rows. */
    public static final String REPORT = "report.json";
    public static final String RULES = "rules";

    private final RunRecorder recorder;
    private final RuleSnapshotStore snapshots;
    private final CountyPartStore counties;
    private final RunStore runs;
    private final TransactionTemplate transaction;

    public RunImport(RunRecorder recorder, RuleSnapshotStore snapshots, CountyPartStore counties, RunStore runs,
                     TransactionTemplate transaction) {
        this.recorder = recorder;
        this.snapshots = snapshots;
        this.counties = counties;
        this.runs = runs;
        this.transaction = transaction;
    }

    /** The head of the job's report: what identifies the run and its summary. */
    record ReportHead(RunInfo run, Map<String, Map<ExitStatus, Integer>> summary) {

        int households() {
            return summary.get("households").values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public RunRecord importRun(Path output, String user) throws IOException, RuleCompilationException {
        ReportHead head = head(output.resolve(REPORT));
        RunInfo run = head.run();
        if (runs.header(run.id()).isPresent()) {
            throw new IllegalArgumentException("run " + run.id()
                    + " is already stored: a cluster run is imported once");
        }
        ExitAssessment assessment = new ExitAssessment(RuleSource.folder(output.resolve(RULES)));
        ParameterSet parameters = assessment.parameterTree().effectiveOn(run.assessmentDate());
        if (!assessment.rules().version().equals(run.rulesetVersion())
                || !parameters.version().equals(run.parametersVersion())) {
            throw new IllegalArgumentException("the rules shipped in " + output.resolve(RULES)
                    + " are not those the run reports (rulesetVersion, parametersVersion)");
        }
        byte[] report = gzipped(output.resolve(REPORT));
        String snapshot = snapshots.store(assessment);
        ClusterCountyRows rows = new ClusterCountyRows(output.resolve(ClusterCountyRows.FOLDER));
        try {
            return transaction.execute(status -> store(run, head, rows, snapshot, parameters, report, user,
                    output));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private RunRecord store(RunInfo run, ReportHead head, ClusterCountyRows rows, String snapshot,
                            ParameterSet parameters, byte[] report, String user, Path output) {
        RunFirings firings = new RunFirings();
        MessageDigest digest = Hashes.digest();
        try {
            rows.each((row, position) -> {
                CountyPart placed = row.placed(position, firings.numberedStored(row.firingsGz(), row.firingCount()));
                digest.update(placed.digestLine().getBytes(StandardCharsets.UTF_8));
                counties.insert(run.id(), placed);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RunRecord record = new RunRecord(0, run.id(), Instant.now().truncatedTo(ChronoUnit.MILLIS), user,
                "cluster run " + output.toAbsolutePath().normalize().getFileName(), run.assessmentYear(),
                head.households(), run.inputSha256(), run.rulesetVersion(), run.parametersVersion(), snapshot,
                StoredJson.write(parameters.all()), StoredJson.write(head.summary()), null, report,
                firings.digest().count(), firings.digest().hex(), null, null, null, Hashes.hex(digest));
        return recorder.attach(record);
    }

    /** Reads the report's run and summary, which come first, without reading its long lists. */
    static ReportHead head(Path report) throws IOException {
        RunInfo run = null;
        Map<String, Map<ExitStatus, Integer>> summary = null;
        try (JsonParser json = StoredJson.MAPPER.createParser(report.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(report + " is not a report");
            }
            while ((run == null || summary == null) && json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("run")) {
                    run = StoredJson.MAPPER.readValue(json, RunInfo.class);
                } else if (field.equals("summary")) {
                    summary = StoredJson.MAPPER.readValue(json,
                            new TypeReference<LinkedHashMap<String, Map<ExitStatus, Integer>>>() { });
                } else {
                    json.skipChildren();
                }
            }
        }
        if (run == null || summary == null) {
            throw new IOException(report + " has no run or summary");
        }
        return new ReportHead(run, summary);
    }

    private static byte[] gzipped(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (InputStream in = Files.newInputStream(file); OutputStream out = Gzip.output(bytes)) {
            in.transferTo(out);
        }
        return bytes.toByteArray();
    }
}
