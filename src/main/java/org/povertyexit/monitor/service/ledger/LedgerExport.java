package org.povertyexit.monitor.service.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.ledger.Ledger;
import org.povertyexit.monitor.ledger.LedgerCounts;
import org.povertyexit.monitor.ledger.LedgerEntry;
import org.povertyexit.monitor.ledger.LedgerPoint;
import org.povertyexit.monitor.ledger.RunRef;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.service.ExportTable;
import org.povertyexit.monitor.service.ExportTable.Column;

/**
 * The ledger as an office files it (整改台账): CSV of every entry, or a workbook with a summary sheet (counts
 * per department), the series of runs (counts after each) and one sheet of entries per department, named as
 * the report workbook names its remediation sheets (整改-卫健). Headers, levels, criteria, statuses and units
 * in the reader's language; the columns are defined here once, for both forms, the service's and the
 * command line's.
 */
public final class LedgerExport {

    /** A department's line of the summary. */
    record SummaryLine(Department department, LedgerCounts counts) {
    }

    static final ExportTable<LedgerEntry> ENTRIES = new ExportTable<>("ledger.sheet.entries", List.of(
            new Column<>("workbook.column.village-code", (e, labels) -> e.villageCode()),
            new Column<>("workbook.column.level", (e, labels) -> labels.level(e.level())),
            new Column<>("workbook.column.entity", (e, labels) -> e.entityId()),
            new Column<>("workbook.column.head", (e, labels) -> e.head()),
            new Column<>("workbook.column.criterion", (e, labels) -> labels.text("workbook.criterion",
                    labels.criterion(e.criterion()), e.criterion())),
            new Column<>("workbook.column.severity", (e, labels) -> labels.severity(e.severity())),
            new Column<>("export.column.department", (e, labels) -> labels.department(e.department())),
            new Column<>("ledger.column.status", (e, labels) -> labels.text("ledger.status." + e.status())),
            date("ledger.column.first-seen", LedgerEntry::firstSeen),
            run("ledger.column.first-seen-run", LedgerEntry::firstSeen),
            date("ledger.column.last-seen", LedgerEntry::lastSeen),
            run("ledger.column.last-seen-run", LedgerEntry::lastSeen),
            date("ledger.column.closed-in", LedgerEntry::closedIn),
            run("ledger.column.closed-in-run", LedgerEntry::closedIn),
            new Column<>("ledger.column.runs-open", (e, labels) -> e.runsOpen()),
            new Column<>("ledger.column.first-gap", (e, labels) -> e.firstGap()),
            new Column<>("ledger.column.latest-gap", (e, labels) -> e.latestGap()),
            new Column<>("workbook.column.unit", (e, labels) -> labels.unit(e.unit())),
            new Column<>("ledger.column.new", (e, labels) -> labels.text(e.newInLatest() ? "ledger.yes"
                    : "ledger.no"))));

    static final ExportTable<SummaryLine> SUMMARY = new ExportTable<>("ledger.sheet.summary", List.of(
            new Column<>("export.column.department", (line, labels) -> line.department() == null
                    ? labels.text("workbook.total") : labels.department(line.department())),
            new Column<>("ledger.status.OPEN", (line, labels) -> line.counts().open()),
            new Column<>("ledger.status.CLOSED", (line, labels) -> line.counts().closed()),
            new Column<>("ledger.status.GONE", (line, labels) -> line.counts().gone()),
            new Column<>("ledger.column.new", (line, labels) -> line.counts().newInRun())));

    /** The series, run by run: how the counts moved (the page draws the same). */
    static final ExportTable<LedgerPoint> RUNS = new ExportTable<>("ledger.sheet.runs", List.of(
            new Column<>("ledger.column.assessment-date", (p, labels) -> p.assessmentDate().toString()),
            new Column<>("ledger.column.run", (p, labels) -> p.runId()),
            new Column<>("ledger.column.uploaded", (p, labels) -> p.uploadedAt().toString()),
            new Column<>("ledger.status.OPEN", (p, labels) -> p.total().open()),
            new Column<>("ledger.status.CLOSED", (p, labels) -> p.total().closed()),
            new Column<>("ledger.status.GONE", (p, labels) -> p.total().gone()),
            new Column<>("ledger.column.new", (p, labels) -> p.total().newInRun())));

    private LedgerExport() {
    }

    public static byte[] csv(Ledger ledger, Labels labels) throws IOException {
        return ENTRIES.csv(ledger.entries(), labels);
    }

    /** The workbook: the summary first, then a sheet per department that has entries, in department order. */
    public static byte[] xlsx(Ledger ledger, Labels labels) throws IOException {
        Map<Department, List<LedgerEntry>> byDepartment = new EnumMap<>(Department.class);
        ledger.entries().forEach(e -> byDepartment.computeIfAbsent(e.department(), d -> new ArrayList<>()).add(e));
        List<SummaryLine> summary = new ArrayList<>();
        ledger.summary().forEach((department, counts) -> summary.add(new SummaryLine(department, counts)));
        summary.add(new SummaryLine(null, ledger.total()));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            SUMMARY.sheet(workbook, labels.text("ledger.sheet.summary"), summary, labels);
            RUNS.sheet(workbook, labels.text("ledger.sheet.runs"), ledger.runs(), labels);
            byDepartment.forEach((department, entries) -> ENTRIES.sheet(workbook,
                    labels.text("workbook.sheet.remediation", labels.department(department)), entries, labels));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static Column<LedgerEntry> date(String header, Function<LedgerEntry, RunRef> run) {
        return new Column<>(header, (e, labels) -> run.apply(e) == null ? null
                : run.apply(e).assessmentDate().toString());
    }

    private static Column<LedgerEntry> run(String header, Function<LedgerEntry, RunRef> run) {
        return new Column<>(header, (e, labels) -> run.apply(e) == null ? null : run.apply(e).runId());
    }
}
