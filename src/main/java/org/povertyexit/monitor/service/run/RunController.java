package org.povertyexit.monitor.service.run;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.VillageResult;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/runs")
@Tag(name = "runs", description = "Upload a dataset, read stored runs and their results")
public class RunController {

    private final UploadedDataset uploads;
    private final RunRecorder recorder;
    private final RunStore runs;
    private final StoredCounties counties;
    private final ScopedRuns scoped;
    private final ReportCut cut;

    public RunController(UploadedDataset uploads, RunRecorder recorder, RunStore runs, StoredCounties counties,
                         ScopedRuns scoped, ReportCut cut) {
        this.uploads = uploads;
        this.recorder = recorder;
        this.runs = runs;
        this.counties = counties;
        this.scoped = scoped;
        this.cut = cut;
    }

    @Operation(summary = "Evaluate and store a dataset",
            description = "Multipart field 'file': a .json dataset, an .xlsx workbook or a .zip of the CSV folder. "
                    + "201 with the run; 400 not a dataset; 422 every located problem (nothing stored); 413 too large; "
                    + "403 the file holds a county outside the user's county scope (nothing stored).")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<RunView> upload(@RequestPart("file") MultipartFile file, Principal user)
            throws IOException, InvalidDatasetException, UploadRejectedException, RuleCompilationException {
        String name = UploadedDataset.safeName(file.getOriginalFilename());
        RunRecord run = uploads.use(file, input -> recorder.record(input, name, user.getName(),
                CountyScope.of(user)));
        return ResponseEntity.created(URI.create("/api/runs/" + run.id())).body(RunView.of(run));
    }

    @Operation(summary = "Every stored run the user may see (holding one of their counties), oldest first")
    @GetMapping
    public List<RunView> list(Principal user) {
        return scoped.visible(CountyScope.of(user));
    }

    @Operation(summary = "The run's report (docs/report-format.md), as stored; for a user scoped to some of "
            + "its counties, cut to those counties (their summary, entities and remediation items)")
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<StreamingResponseBody> report(@PathVariable String id, Principal user) {
        CountyScope scope = CountyScope.of(user);
        scoped.header(id, scope);
        StreamingResponseBody body;
        if (scoped.wholly(id, scope)) {
            byte[] gz = runs.reportGz(id).orElseThrow(() -> StoredReports.notFound(id));
            body = out -> {
                try (InputStream json = Gzip.open(gz)) {
                    json.transferTo(out);
                }
            };
        } else {
            Report report = cut.of(id, scoped.inScope(id, scope));
            body = out -> cut.write(report, out);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Operation(summary = "One household's result in the run")
    @GetMapping("/{id}/households/{householdId}")
    public HouseholdResult household(@PathVariable String id, @PathVariable String householdId, Principal user) {
        scoped.entity(id, Level.HOUSEHOLD, householdId, CountyScope.of(user));
        return counties.household(id, householdId).orElseThrow(() -> noEntity("household", householdId));
    }

    @Operation(summary = "One village's result in the run")
    @GetMapping("/{id}/villages/{code}")
    public VillageResult village(@PathVariable String id, @PathVariable String code, Principal user) {
        scoped.entity(id, Level.VILLAGE, code, CountyScope.of(user));
        return counties.village(id, code).orElseThrow(() -> noEntity("village", code));
    }

    @Operation(summary = "One county's result in the run")
    @GetMapping("/{id}/counties/{code}")
    public CountyResult county(@PathVariable String id, @PathVariable String code, Principal user) {
        scoped.entity(id, Level.COUNTY, code, CountyScope.of(user));
        return counties.county(id, code).orElseThrow(() -> noEntity("county", code));
    }

    static ResponseStatusException noEntity(String level, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + level + " " + id + " in this run");
    }
}
