package org.povertyexit.monitor.service.monitoring;

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
@Tag(name = "monitoring", description = "Households under monitoring flags (返贫监测预警)")
public class MonitoringController {

    private final ScopedRuns runs;
    private final MonitoringQueue queue;
    private final FilterValues filters;

    public MonitoringController(ScopedRuns runs, MonitoringQueue queue, FilterValues filters) {
        this.runs = runs;
        this.queue = queue;
        this.filters = filters;
    }

    @Operation(summary = "The run's households under monitoring flags (M-…), one row per household and flag, "
            + "filtered; format json (default), csv or xlsx (csv and xlsx name the head of household, masked; "
            + "headers, statuses and flags in Chinese, or English with lang=en or Accept-Language: en)")
    @GetMapping("/api/runs/{id}/monitoring")
    public ResponseEntity<?> monitoring(@PathVariable String id,
                                        @RequestParam(required = false) String county,
                                        @RequestParam(required = false) String village,
                                        @RequestParam(required = false) String flag,
                                        @RequestParam(defaultValue = "json") String format,
                                        @RequestParam(required = false) String lang,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                        String accepted, Principal user)
            throws IOException {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = runs.header(id, scope);
        filters.county(id, county, scope);
        filters.entity(id, village, scope, Level.VILLAGE);
        filters.flag(run, flag);
        ExportFormat form = ExportFormat.of(format);
        List<MonitoringRow> rows = queue.rows(id, new MonitoringQueue.Filter(county, village, flag, scope),
                form.file());
        return MonitoringExport.TABLE.answer(form, rows, Labels.of(Language.asked(lang, accepted)),
                "monitoring-" + id);
    }
}
