package org.povertyexit.monitor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.rules.RuleSource;
import org.povertyexit.monitor.streaming.CountyObserver;
import org.povertyexit.monitor.streaming.FactSource;
import org.povertyexit.monitor.streaming.StreamedEvaluation;

/** The report workbook of the Ningxia sample, read back as a county office would open it. */
class ReportWorkbookTest {

    private static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json");
    private static final DataFormatter SHOWN = new DataFormatter();
    private static final List<String> REMEDIATION_SHEETS = List.of("整改-农业农村", "整改-教育", "整改-卫健",
            "整改-医保", "整改-住建", "整改-水务", "整改-民政", "整改-交通", "整改-供电");
    /** H0000001 of 张家堡村, 西吉县: registered, income below the line, its head 郭国成. */
    private static final String KNOWN = "H0000001";

    /** One county as the streamed evaluation hands it over. */
    private record Evaluated(CountyFacts facts, CountyReport report) {
    }

    private static final List<Evaluated> COUNTIES = new ArrayList<>();
    private static RunInfo run;
    private static XSSFWorkbook chinese;
    private static XSSFWorkbook english;

    @BeforeAll
    static void evaluateTheSample() throws Exception {
        ExitAssessment assessment = new ExitAssessment(RuleSource.folder(Path.of("rules")));
        run = new StreamedEvaluation(assessment, 2).run(FactSource.of(new DatasetLoader(), SAMPLE),
                Writer.nullWriter(), line -> { }, new CountyObserver<Evaluated>() {
                    @Override
                    public Evaluated evaluated(CountyFacts facts, CountyReport report, List<byte[]> canonical) {
                        return new Evaluated(facts, report);
                    }

                    @Override
                    public void done(CountyFacts facts, Evaluated county) {
                        COUNTIES.add(county);
                    }
                }).run();
        chinese = written(new ReportWorkbook(Labels.of(Language.ZH)), UnaryOperator.identity());
        english = written(new ReportWorkbook(Labels.of(Language.EN)), UnaryOperator.identity());
    }

    @Test
    void theSheetsComeInOrderOneForEachDepartmentWithItems() {
        List<String> expected = new ArrayList<>(List.of("汇总", "县", "村", "户"));
        expected.addAll(REMEDIATION_SHEETS);

        assertThat(sheetNames(chinese)).containsExactlyElementsOf(expected).doesNotContain("整改-人社");
        assertThat(chinese.getActiveSheetIndex()).isZero();
        assertThat(chinese.getSheet("汇总").isSelected()).isTrue();
        assertThat(chinese.getSheet("县").isSelected()).isFalse();
    }

    @Test
    void theHeadersAreChinese() {
        assertThat(row(chinese.getSheet("户"), 0)).containsExactly("县", "村", "户编号", "户主", "状态",
                "人均纯收入（元）", "未达标项", "监测预警", "合规提示");
        assertThat(row(chinese.getSheet("县"), 0)).containsExactly("县", "县代码", "状态", "未达标项",
                "综合贫困发生率", "错退率", "漏评率", "群众认可度", "预计贫困人口");
        assertThat(row(chinese.getSheet("整改-农业农村"), 0)).containsExactly("县", "村", "层级", "对象编号", "户主",
                "标准", "类别", "整改措施", "差距", "单位");
        assertThat(row(chinese.getSheet("户"), 0)).doesNotContain("status", "county");
    }

    @Test
    void everyHouseholdHasOneRow() {
        Sheet households = chinese.getSheet("户");

        assertThat(households.getLastRowNum()).isEqualTo(320);
        assertThat(IntStream.rangeClosed(1, 320).mapToObj(r -> row(households, r).get(2)).distinct()).hasSize(320);
    }

    @Test
    void aKnownHouseholdShowsItsCountyVillageStatusIncomeAndFailedCriteria() {
        Row known = find(chinese.getSheet("户"), KNOWN);

        assertThat(texts(known)).containsExactly("西吉县", "张家堡村", KNOWN, "郭**", "未达标", "2,013.40",
                "收入稳定超过国家扶贫标准（H-INCOME）", "", "");
        assertThat(known.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(known.getCell(5).getNumericCellValue()).isEqualTo(2013.4);
        // a household outside the register fails nothing, and its monitoring flag has a column of its own
        assertThat(texts(find(chinese.getSheet("户"), "H0000002"))).contains("不适用").doesNotContain("未达标");
        assertThat(texts(find(chinese.getSheet("户"), "H0000009")).get(7)).isEqualTo("边缘易致贫户（M-EDGE）");
    }

    @Test
    void theHeadOfHouseholdIsMaskedAndNoWholeNameOrIdNumberIsWrittenAnywhere() throws IOException {
        List<String> names = new ArrayList<>();
        List<String> idNumbers = new ArrayList<>();
        for (JsonNode household : new ObjectMapper().readTree(SAMPLE.toFile()).get("households")) {
            household.get("members").forEach(member -> {
                names.add(member.get("name").asText());
                idNumbers.add(member.get("idNumber").asText());
            });
        }
        assertThat(names).contains("郭国成");
        Pattern idNumber = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

        for (XSSFWorkbook workbook : List.of(chinese, english)) {
            List<String> cells = allTexts(workbook);
            assertThat(cells).contains("郭**").doesNotContain("郭国成");
            assertThat(cells).noneMatch(cell -> names.stream().anyMatch(cell::contains));
            assertThat(cells).noneMatch(cell -> idNumbers.stream().anyMatch(cell::contains));
            assertThat(cells).noneMatch(cell -> idNumber.matcher(cell).find());
        }
    }

    @Test
    void theHeadIsTheMemberWhoseRelationIsHeadElseTheFirstMember() throws IOException {
        // 王霞雪, H0000001's second member, made its head; then nobody its head
        XSSFWorkbook spouseHead = written(new ReportWorkbook(Labels.of(Language.ZH)), withRelations("配偶", "户主"));
        XSSFWorkbook noHead = written(new ReportWorkbook(Labels.of(Language.ZH)), withRelations("配偶", "之女"));

        assertThat(texts(find(spouseHead.getSheet("户"), KNOWN)).get(3)).isEqualTo("王**");
        assertThat(texts(find(noHead.getSheet("户"), KNOWN)).get(3)).isEqualTo("郭**");
        assertThat(allTexts(spouseHead)).doesNotContain("王霞雪");
    }

    @Test
    void everySheetHasABoldFrozenFilteredHeaderRepeatedOnEveryLandscapePage() {
        for (Sheet sheet : chinese) {
            int header = sheet == chinese.getSheet("汇总") ? 8 : 0;
            assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            Cell first = sheet.getRow(header).getCell(0);
            assertThat(chinese.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
            String filter = ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef();
            assertThat(CellRangeAddress.valueOf(filter).getFirstRow()).isEqualTo(header);
        }
        assertThat(((XSSFSheet) chinese.getSheet("户")).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I321");
        Cell data = chinese.getSheet("户").getRow(1).getCell(0);
        assertThat(chinese.getFontAt(data.getCellStyle().getFontIndex()).getBold()).isFalse();
    }

    @Test
    void theSummaryGivesTheRunAndEachCountyWithItsCountsAndTotals() {
        Sheet summary = chinese.getSheet("汇总");

        assertThat(row(summary, 0).get(0)).isEqualTo("脱贫退出评估（2019 年度，评估日 2019-12-31）");
        assertThat(IntStream.range(1, 7).mapToObj(r -> row(summary, r))).contains(List.of("评估年度", "2019"),
                List.of("输入数据 SHA-256", run.inputSha256()), List.of("规则版本", run.rulesetVersion()),
                List.of("参数版本", run.parametersVersion()));
        assertThat(row(summary, 8)).startsWith("县", "县代码", "状态", "可退出村数", "未达标村数", "不适用村数",
                "可退出户数").endsWith("整改事项数");
        assertThat(summary.getLastRowNum()).isEqualTo(8 + COUNTIES.size() + 1);
        List<String> totals = row(summary, summary.getLastRowNum());
        assertThat(totals.get(0)).isEqualTo("合计");
        // households by status: 17 + 10 + 146 + 27 + 120; the 148 items of the JSON report's remediation list
        assertThat(totals.subList(6, totals.size())).containsExactly("17", "10", "146", "27", "120", "148");
        assertThat(row(summary, 9)).startsWith("红寺堡区", "640303", "可退出");
    }

    @Test
    void numbersAreNumericCellsAndAMissingRateIsBlank() throws IOException {
        Row rates = chinese.getSheet("县").getRow(1);
        assertThat(rates.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(rates.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(SHOWN.formatCellValue(rates.getCell(7))).isEqualTo("96.7%");

        XSSFWorkbook noSample = written(new ReportWorkbook(Labels.of(Language.ZH)), county -> {
            CountyResult result = county.report().county();
            CountyResult withoutRates = new CountyResult(result.code(), result.name(), result.status(), result.failed(),
                    new CountyResult.Rates(null, null, null, null), result.projectedPoor(), result.flags());
            return new Evaluated(county.facts(), new CountyReport(county.report().households(),
                    county.report().villages(), withoutRates, county.report().remediation()));
        });
        Row blank = noSample.getSheet("县").getRow(1);
        assertThat(IntStream.rangeClosed(4, 7).mapToObj(blank::getCell))
                .allMatch(cell -> cell == null || cell.getCellType() == CellType.BLANK);
        assertThat(blank.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void aRemediationItemNamesItsHouseholdCriterionActionAndGap() {
        Row item = find(chinese.getSheet("整改-农业农村"), KNOWN);

        assertThat(texts(item)).containsExactly("西吉县", "张家堡村", "户", KNOWN, "郭**",
                "收入稳定超过国家扶贫标准（H-INCOME）", "退出标准",
                "落实产业和就业帮扶（无劳动力户由民政兜底保障），使人均纯收入稳定超过国家扶贫标准", "8668.05", "元");
        assertThat(item.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
        // a village's item: no household, so no head
        assertThat(texts(find(chinese.getSheet("整改-供电"), "640303100200")))
                .containsExactly("红寺堡区", texts(find(chinese.getSheet("村"), "640303100200")).get(2), "村",
                        "640303100200", "", "通动力电（V-POWER）", "退出标准", "实施农网改造，通动力电", "", "");
    }

    @Test
    void theEnglishWorkbookHasEnglishSheetsHeadersStatusesAndActions() {
        assertThat(sheetNames(english)).startsWith("Summary", "Counties", "Villages", "Households")
                .contains("Remediation-power supply").allMatch(name -> name.length() <= 31);
        assertThat(row(english.getSheet("Households"), 0)).containsExactly("county", "village", "household id",
                "head of household", "status", "per-capita net income (yuan)", "failed criteria",
                "monitoring flags", "compliance flags");
        List<String> known = texts(find(english.getSheet("Households"), KNOWN));
        assertThat(known.get(4)).isEqualTo("not ready");
        assertThat(known.get(6)).isEqualTo("income above the poverty line (H-INCOME)");
        assertThat(IntStream.rangeClosed(1, 320).mapToObj(r -> row(english.getSheet("Households"), r).get(4)))
                .doesNotContain("未达标", "可退出", "稳定脱贫", "疑似错退", "不适用");
        assertThat(texts(find(english.getSheet("Remediation-power supply"), "640303100200")))
                .contains("village", "exit criterion", "Bring three-phase power to the village");
    }

    @Test
    void textFromTheInputCannotRunAsAFormula() throws IOException {
        String hostile = "=HYPERLINK(\"http://example.com\",\"点此\")";
        XSSFWorkbook workbook = written(new ReportWorkbook(Labels.of(Language.ZH)), county -> {
            List<Village> villages = county.facts().villages().stream().map(v -> new Village(v.code(),
                    v.countyCode(), v.township(), hostile, v.povertyVillage(), v.deepPoverty(),
                    v.registeredPopulation(), v.collectiveIncome(), v.leadingIndustry(), v.hardenedRoad(),
                    v.threePhasePower(), v.standardClinic(), v.waterScarce())).toList();
            return new Evaluated(new CountyFacts(county.facts().county(), villages, county.facts().households()),
                    county.report());
        });

        Cell village = find(workbook.getSheet("户"), KNOWN).getCell(1);
        assertThat(village.getCellType()).isEqualTo(CellType.STRING);
        assertThat(village.getStringCellValue()).isEqualTo("'" + hostile);
        assertThat(find(workbook.getSheet("户"), KNOWN).getCell(0).getStringCellValue()).isEqualTo("西吉县");
    }

    @Test
    void aSheetFullUpGoesOnInASecondSheetWithItsHeader() throws IOException {
        int maxRows = 100;
        XSSFWorkbook workbook = written(new ReportWorkbook(Labels.of(Language.ZH), maxRows),
                UnaryOperator.identity());

        assertThat(sheetNames(workbook)).containsSubsequence("户", "户 (2)", "户 (3)", "户 (4)", "整改-农业农村",
                "整改-农业农村 (2)", "整改-教育").doesNotContain("户 (5)");
        List<String> ids = new ArrayList<>();
        for (String name : List.of("户", "户 (2)", "户 (3)", "户 (4)")) {
            Sheet sheet = workbook.getSheet(name);
            assertThat(row(sheet, 0).get(2)).isEqualTo("户编号");
            assertThat(sheet.getLastRowNum()).isLessThan(maxRows);
            IntStream.rangeClosed(1, sheet.getLastRowNum()).forEach(r -> ids.add(row(sheet, r).get(2)));
        }
        assertThat(ids).hasSize(320).doesNotHaveDuplicates();
    }

    /** The sample with the relations of H0000001's first two members changed. */
    private static UnaryOperator<Evaluated> withRelations(String first, String second) {
        return county -> new Evaluated(new CountyFacts(county.facts().county(), county.facts().villages(),
                county.facts().households().stream().map(household -> !household.id().equals(KNOWN) ? household
                        : household.withMembers(IntStream.range(0, household.members().size())
                        .mapToObj(i -> relation(household.members().get(i), i == 0 ? first
                                : i == 1 ? second : household.members().get(i).relation())).toList())).toList()),
                county.report());
    }

    private static Member relation(Member member, String relation) {
        return new Member(member.id(), member.householdId(), member.name(), member.idNumber(), relation,
                member.birthDate(), member.schooling(), member.schoolExemptHealth(), member.health(),
                member.labour(), member.basicMedicalInsurance(), member.seriousIllnessInsurance());
    }

    /** The workbook of the sample, each county changed by {@code change}, read back. */
    private static XSSFWorkbook written(ReportWorkbook workbook, UnaryOperator<Evaluated> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (workbook) {
            COUNTIES.stream().map(change).forEach(county -> workbook.add(county.facts(), county.report()));
            workbook.write(out, run);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    /** The row whose cells include {@code text} (an id or code). */
    private static Row find(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (texts(row).contains(text)) {
                return row;
            }
        }
        throw new AssertionError(text + " not on " + sheet.getSheetName());
    }

    private static List<String> row(Sheet sheet, int r) {
        return texts(sheet.getRow(r));
    }

    /** The row's cells as shown, blank ones as "", as many as the sheet's first row has at least. */
    private static List<String> texts(Row row) {
        int width = Math.max(row.getLastCellNum(), row.getSheet().getRow(0).getLastCellNum());
        return IntStream.range(0, width)
                .mapToObj(c -> SHOWN.formatCellValue(row.getCell(c))).toList();
    }

    private static List<String> allTexts(XSSFWorkbook workbook) {
        List<String> cells = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> cells.addAll(texts(row))));
        return cells;
    }
}
