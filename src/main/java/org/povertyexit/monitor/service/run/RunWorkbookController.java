package org.povertyexit.monitor.service.run;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.workbook.ReportWorkbook;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.service.Attachment;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "runs")
public class RunWorkbookController {

    private final ScopedRuns scoped;
    private final StoredCounties counties;
    private final StoredCountyFacts facts;
    private final ReportCut cut;

    public RunWorkbookController(ScopedRuns scoped, StoredCounties counties, StoredCountyFacts facts, ReportCut cut) {
        this.scoped = scoped;
        this.counties = counties;
        this.facts = facts;
        this.cut = cut;
    }

    @Operation(summary = "The run's report as a workbook to file and print: summary, counties, villages, households "
            + "and one sheet of remediation items per department, in Chinese (lang=en, or Accept-Language: en, for "
            + "English); cut to the user's counties")
    @GetMapping("/api/runs/{id}/report.xlsx")
    public ResponseEntity<StreamingResponseBody> workbook(@PathVariable String id,
                                                          @RequestParam(required = false) String lang,
                                                          @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE,
                                                                  required = false) String accepted,
                                                          Principal user) {
        CountyScope scope = CountyScope.of(user);
        scoped.header(id, scope);
        List<CountyPart> kept = scoped.inScope(id, scope);
        RunInfo run = cut.runInfo(id);
        Labels labels = Labels.of(Language.asked(lang, accepted));
        StreamingResponseBody body = out -> {
            try (ReportWorkbook workbook = new ReportWorkbook(labels)) {
                for (CountyPart county : kept) {
                    workbook.add(facts.input(id, county.position()).byCounty().get(0),
                            counties.results(id, county.position()));
                }
                workbook.write(out, run);
            }
        };
        return Attachment.of(body, Attachment.XLSX, "report-" + id + ".xlsx");
    }
}
