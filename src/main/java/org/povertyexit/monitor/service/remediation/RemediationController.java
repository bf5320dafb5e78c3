package org.povertyexit.monitor.service.remediation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.service.ExportFormat;
import org.povertyexit.monitor.service.run.FilterValues;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "remediation", description = "What each department must fix")
public class RemediationController {

    private final ScopedRuns runs;
    private final RemediationList list;
    private final FilterValues filters;

    public RemediationController(ScopedRuns runs, RemediationList list, FilterValues filters) {
        this.filters = filters;
        this.runs = runs;
        this.list = list;
    }

    @Operation(summary = "The run's remediation list, filtered; format json (default), csv or xlsx (headers, "
            + "levels, criteria, departments and units in Chinese, or English with lang=en or Accept-Language: en)")
    @GetMapping("/api/runs/{id}/remediation")
    public ResponseEntity<?> remediation(@PathVariable String id,
                                         @RequestParam(required = false) String department,
                                         @RequestParam(required = false) String county,
                                         @RequestParam(required = false) String village,
                                         @RequestParam(required = false) String criterion,
                                         @RequestParam(defaultValue = "json") String format,
                                         @RequestParam(required = false) String lang,
                                         @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                         String accepted, Principal user)
            throws IOException {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = runs.header(id, scope);
        filters.department(department);
        filters.county(id, county, scope);
        filters.entity(id, village, scope, Level.VILLAGE);
        filters.criterion(run, criterion);
        ExportFormat form = ExportFormat.of(format);
        List<RemediationRow> rows = list.rows(id,
                new RemediationList.Filter(department, county, village, criterion, scope), form.file());
        return RemediationExport.TABLE.answer(form, rows, Labels.of(Language.asked(lang, accepted)),
                "remediation-" + id);
    }
}
