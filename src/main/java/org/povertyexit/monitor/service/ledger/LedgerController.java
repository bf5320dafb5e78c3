package org.povertyexit.monitor.service.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.ledger.ItemStatus;
import org.povertyexit.monitor.ledger.Ledger;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.service.Attachment;
import org.povertyexit.monitor.service.ExportFormat;
import org.povertyexit.monitor.service.run.FilterValues;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "ledger", description = "The remediation ledger (整改台账): items followed across a county's runs")
public class LedgerController {

    private final StoredLedgers ledgers;
    private final FilterValues filters;

    public LedgerController(StoredLedgers ledgers, FilterValues filters) {
        this.ledgers = ledgers;
        this.filters = filters;
    }

    @Operation(summary = "The county's ledger over its ordinary runs (by assessment date, then upload time): each "
            + "item OPEN, CLOSED (已销号) or GONE, first and last listed, closed in, runs listed, first and latest "
            + "gap; counts per department and per run. Entries filtered by department and status (the counts stay "
            + "whole); format json (default), csv or xlsx (整改台账: a sheet per department), in Chinese or English")
    @GetMapping("/api/ledger")
    public ResponseEntity<?> ledger(@RequestParam String county,
                                    @RequestParam(required = false) String department,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(defaultValue = "json") String format,
                                    @RequestParam(required = false) String lang,
                                    @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                    String accepted, Principal user) throws IOException {
        ExportFormat form = ExportFormat.of(format);
        filters.department(department);
        Ledger ledger = of(county, CountyScope.of(user))
                .filtered(blank(department) ? null : Department.named(department).orElseThrow(), status(status));
        Labels labels = Labels.of(Language.asked(lang, accepted));
        String name = "ledger-" + county;
        return switch (form) {
            case JSON -> ResponseEntity.ok(ledger);
            case CSV -> Attachment.of(LedgerExport.csv(ledger, labels), Attachment.CSV, name + ".csv");
            case XLSX -> Attachment.of(LedgerExport.xlsx(ledger, labels), Attachment.XLSX, name + ".xlsx");
        };
    }

    /** The county's ledger; a county out of the user's scope answers as one no run holds (404). */
    public Ledger of(String county, CountyScope scope) {
        if (!scope.covers(county)) {
            throw noRuns(county);
        }
        return ledgers.of(county).orElseThrow(() -> noRuns(county));
    }

    public static ItemStatus status(String value) {
        if (blank(value)) {
            return null;
        }
        return Arrays.stream(ItemStatus.values()).filter(s -> s.name().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown status '" + value
                        + "': one of OPEN, CLOSED, GONE"));
    }

    private static ResponseStatusException noRuns(String county) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no run holds county '" + county + "'");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
