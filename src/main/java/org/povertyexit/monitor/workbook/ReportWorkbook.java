package org.povertyexit.monitor.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.ReportSummary;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.report.VillageResult;
import org.povertyexit.monitor.workbook.WorkbookTable.Column;

/**
 * The report as a workbook a county office can file and print (报告工作簿): a summary of the run and its
 * counties, then the counties, villages and households with their statuses and failed criteria, and one
 * sheet of remediation items per department that has any. Every text people read comes from the table of
 * labels, in its language. Counties are written as they come through a streaming workbook (a window of
 * rows in memory, the rest in temporary files), so a province of a million households fits in bounded
 * memory. Names are masked and ID numbers never written; texts from the input cannot run as formulas.
 */
public final class ReportWorkbook implements Closeable {

    /** Rows of each sheet held in memory; the rows above them are already in a temporary file. */
    private static final int ROWS_IN_MEMORY = 200;
    /** The levels the summary counts by status, as {@link ReportSummary#counts} names them. */
    private static final List<String> COUNTED = List.of("villages", "households");

    /** What the summary sheet keeps of a county: a few numbers, whatever its size. */
    private record CountyLine(County county, ExitStatus status, Map<String, Map<ExitStatus, Integer>> counts,
                              int remediation) {
    }

    private final Labels labels;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final WorkbookTable.Styles styles;
    private final int maxRows;
    private final WorkbookTable counties;
    private final WorkbookTable villages;
    private final WorkbookTable households;
    private final Map<Department, WorkbookTable> remediation = new EnumMap<>(Department.class);
    private final List<CountyLine> countyLines = new ArrayList<>();
    /** Each criterion as shown, made once: a million households would format the same few texts again. */
    private final Map<String, String> criterionShown = new HashMap<>();
    private final String separator;

    public ReportWorkbook(Labels labels) {
        this(labels, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** With at most {@code maxRows} rows on a sheet (a test's small limit shows the continuation sheets). */
    ReportWorkbook(Labels labels, int maxRows) {
        this.labels = labels;
        this.maxRows = maxRows;
        separator = labels.text("workbook.separator");
        workbook.setCompressTempFiles(true);   // a million households' rows are some 700 MB of XML
        styles = WorkbookTable.Styles.of(workbook);
        counties = table("workbook.sheet.counties", List.of(), column("county", 14), column("county-code", 10),
                column("status", 10), column("failed", 40), rate("C-INCIDENCE"), rate("C-WRONG-EXIT"),
                rate("C-MISSED"), rate("C-RECOGNITION"), column("projected-poor", 12));
        villages = table("workbook.sheet.villages", List.of(), column("county", 14), column("township", 12),
                column("village", 14), column("village-code", 14), column("status", 10), column("failed", 40),
                rate("V-INCIDENCE"), column("projected-poor", 12));
        households = table("workbook.sheet.households", List.of(), column("county", 14), column("village", 14),
                column("household", 12), column("head", 10), column("status", 12), column("income", 14),
                column("failed", 40), column("monitoring", 24), column("compliance", 24));
    }

    /** Appends one county's rows to every sheet; counties come in the order of their codes. */
    public void add(CountyFacts facts, CountyReport report) {
        String county = facts.county().name();
        Map<String, Village> villageByCode = byKey(facts.villages(), Village::code);
        Map<String, Household> householdById = byKey(facts.households(), Household::id);
        CountyResult result = report.county();
        counties.line().text(county).text(result.code()).text(labels.status(result.status()))
                .text(criteria(result.failed())).percent(result.rates().incidence())
                .percent(result.rates().wrongExit()).percent(result.rates().missed())
                .percent(result.rates().recognition()).count(result.projectedPoor());
        for (VillageResult village : sorted(report.villages(), Comparator.comparing(VillageResult::code))) {
            Village entity = villageByCode.get(village.code());
            villages.line().text(county).text(entity == null ? null : entity.township()).text(name(entity))
                    .text(village.code()).text(labels.status(village.status())).text(criteria(village.failed()))
                    .percent(village.incidence()).count(village.projectedPoor());
        }
        // by village, so that a village's households stand together for whoever visits them
        for (HouseholdResult household : sorted(report.households(), Comparator
                .comparing(HouseholdResult::villageCode).thenComparing(HouseholdResult::id))) {
            households.line().text(county).text(name(villageByCode.get(household.villageCode())))
                    .text(household.id()).text(head(householdById.get(household.id())))
                    .text(labels.status(household.status())).amount(household.perCapitaNetIncome())
                    .text(criteria(household.failed())).text(criteria(household.monitoring()))
                    .text(criteria(household.compliance()));
        }
        for (RemediationItem item : sorted(report.remediation(), RemediationItem.ORDER)) {
            addItem(county, item, villageByCode, householdById);
        }
        ReportSummary counts = new ReportSummary();
        counts.add(report);
        countyLines.add(new CountyLine(facts.county(), result.status(), counts.counts(), report.remediation().size()));
    }

    /** Fills the summary sheet and writes the workbook. */
    public void write(OutputStream out, RunInfo run) throws IOException {
        WorkbookTable summary = summary(run);
        List<WorkbookTable> tables = new ArrayList<>(List.of(summary, counties, villages, households));
        tables.addAll(remediation.values());
        // the summary is made last, with the run, and remediation sheets as departments appeared: put in order
        int position = 0;
        for (WorkbookTable table : tables) {
            for (String sheet : table.finish()) {
                workbook.setSheetOrder(sheet, position++);
            }
        }
        // opened on the summary; the sheet first made selected too would group the two, and edits go to both
        for (int sheet = 0; sheet < workbook.getNumberOfSheets(); sheet++) {
            workbook.getSheetAt(sheet).setSelected(sheet == 0);
        }
        workbook.setActiveSheet(0);
        workbook.write(out);
    }

    /** Deletes the temporary files of the rows written so far. */
    @Override
    public void close() {
        workbook.dispose();
    }

    private WorkbookTable summary(RunInfo run) {
        String year = Integer.toString(run.assessmentYear());
        String date = String.valueOf(run.assessmentDate());
        List<List<String>> runLines = List.of(List.of(labels.text("summary.title", year, date)),
                runLine("year", year), runLine("date", date), runLine("input", run.inputSha256()),
                runLine("ruleset", run.rulesetVersion()), runLine("parameters", run.parametersVersion()),
                runLine("id", run.id()), List.of());
        Map<String, Map<ExitStatus, Integer>> none = new ReportSummary().counts();
        List<Column> columns = new ArrayList<>(List.of(column("county", 14), column("county-code", 10),
                column("status", 10)));
        COUNTED.forEach(level -> none.get(level).keySet().forEach(status -> columns.add(counted(level, status))));
        columns.add(column("remediation-count", 12));
        WorkbookTable summary = table("workbook.sheet.summary", runLines, columns.toArray(Column[]::new));
        for (CountyLine county : countyLines) {
            WorkbookTable.Line line = summary.line().text(county.county().name()).text(county.county().code())
                    .text(labels.status(county.status()));
            COUNTED.forEach(level -> county.counts().get(level).values().forEach(line::count));
            line.count(county.remediation());
        }
        WorkbookTable.Line totals = summary.footer().text(labels.text("workbook.total")).text(null).text(null);
        for (String level : COUNTED) {
            for (ExitStatus status : none.get(level).keySet()) {
                totals.count(countyLines.stream().mapToInt(c -> c.counts().get(level).get(status)).sum());
            }
        }
        totals.count(countyLines.stream().mapToInt(CountyLine::remediation).sum());
        return summary;
    }

    private List<String> runLine(String key, String value) {
        return List.of(labels.text("workbook.run." + key), value == null ? "" : value);
    }

    /** An item on its department's sheet, with the village it is in and, for a household's, the head. */
    private void addItem(String county, RemediationItem item, Map<String, Village> villageByCode,
                         Map<String, Household> householdById) {
        Household household = item.level() == Level.HOUSEHOLD ? householdById.get(item.entityId()) : null;
        Village village = switch (item.level()) {
            case HOUSEHOLD -> household == null ? null : villageByCode.get(household.villageCode());
            case VILLAGE -> villageByCode.get(item.entityId());
            case COUNTY -> null;
        };
        boolean english = labels.language() == Language.EN && item.actionEn() != null;
        remediation.computeIfAbsent(item.department(), this::remediationTable).line().text(county)
                .text(name(village)).text(labels.level(item.level())).text(item.entityId()).text(head(household))
                .text(criteria(List.of(item.criterion()))).text(labels.severity(item.severity()))
                .text(english ? item.actionEn() : item.action()).number(item.gap()).text(labels.unit(item.unit()));
    }

    private WorkbookTable remediationTable(Department department) {
        return new WorkbookTable(styles, labels.text("workbook.sheet.remediation", labels.department(department)),
                List.of(column("county", 14), column("village", 14), column("level", 8), column("entity", 14),
                        column("head", 10), column("criterion", 36), column("severity", 10),
                        column("action", 60), column("gap", 12), column("unit", 8)), List.of(), maxRows);
    }

    private WorkbookTable table(String nameKey, List<List<String>> preamble, Column... columns) {
        return new WorkbookTable(styles, labels.text(nameKey), List.of(columns), preamble, maxRows);
    }

    private Column column(String key, int width) {
        return new Column(labels.text("workbook.column." + key), width);
    }

    /** A rate's column, headed by the name of the criterion that compares it. */
    private Column rate(String criterion) {
        return new Column(labels.criterion(criterion), 12);
    }

    /** The column counting a level's entities of one status: 可退出村数, 稳定脱贫户数, … */
    private Column counted(String level, ExitStatus status) {
        return new Column(labels.text("workbook.count." + level, labels.status(status)), 12);
    }

    /** Criteria as "name (CODE)", joined: the name for people, the code to look it up in criteria.md. */
    private String criteria(List<String> codes) {
        return codes.stream().map(code -> criterionShown.computeIfAbsent(code,
                known -> labels.text("workbook.criterion", labels.criterion(known), known)))
                .collect(Collectors.joining(separator));
    }

    /** The head of household's name, masked. */
    private static String head(Household household) {
        Member head = household == null ? null : household.head();
        return head == null ? null : PersonalData.maskName(head.name());
    }

    private static String name(Village village) {
        return village == null ? null : village.name();
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first));
    }

    private static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
        return values.stream().sorted(order).toList();
    }
}
