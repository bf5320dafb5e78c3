package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxDatasetReaderTest {

    @Test
    void chineseSheetNamesAndHeadersGiveTheSameFactsAsJson() throws Exception {
        Dataset workbook = IngestFixtures.load(IngestFixtures.SAMPLE_ZH_XLSX);

        assertThat(workbook).isEqualTo(IngestFixtures.load(IngestFixtures.SAMPLE_JSON));
    }

    /** Numbers, booleans, date-formatted numbers and text, as a person typing into Excel makes them. */
    @Test
    void excelCellTypesBecomeTheTypedValuesOfTheSchema(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typed.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle shortDate = book.createCellStyle();
            shortDate.setDataFormat((short) 14); // built-in m/d/yy
            CellStyle chineseDate = book.createCellStyle();
            chineseDate.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle thousands = book.createCellStyle();
            thousands.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));

            sheet(book, "元数据", new Object[] {"考核年度", "考核日期"}, new Object[] {2019.0, LocalDate.of(2019, 12, 1)})
                    .getRow(1).getCell(1).setCellStyle(chineseDate);
            sheet(book, "县", new Object[] {"code", "name", "ruralPopulation"}, new Object[] {640422.0, "西吉县", 400000.0});
            sheet(book, "村", new Object[] {"code", "countyCode", "name", "povertyVillage", "registeredPopulation",
                    "collectiveIncome", "hardenedRoad", "threePhasePower", "standardClinic"},
                    new Object[] {"V1", "640422", "龙王坝村", true, 1200.0, 52000.5, "是", "Y", 1.0})
                    .getRow(1).getCell(5).setCellStyle(thousands);
            Sheet households = sheet(book, "户", new Object[] {"id", "villageCode", "status", "wageIncome",
                    "businessIncome", "propertyIncome", "transferIncome", "businessExpense", "foodSecure",
                    "clothingSecure", "housingGrade", "waterLitersPerDay", "waterPiped", "waterOutageDays",
                    "waterQualityOk", "medicalCostTotal", "medicalSelfPaid"},
                    new Object[] {"H1", "V1", "未脱贫", 8000.0, -1200.5, 0.0, null, 300.0, true, false, "B", 60.5,
                            "TRUE", 3.0, "否", 0.0, 0.0});
            Row row = households.getRow(1);
            row.createCell(6).setCellFormula("1000.1+499.9"); // cached result below, as Excel saves it
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(6));
            row.getCell(15).setCellFormula("0.1+0.2");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(15));
            row.getCell(16).setCellValue(0.3);
            sheet(book, "人", new Object[] {"id", "householdId", "birthDate", "schooling", "basicMedicalInsurance",
                    "seriousIllnessInsurance"},
                    new Object[] {"P1", "H1", LocalDate.of(1980, 5, 1), "非在校生", true, 0.0})
                    .getRow(1).getCell(2).setCellStyle(shortDate);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        Dataset dataset = IngestFixtures.load(file);

        assertThat(dataset.meta()).isEqualTo(new Meta(2019, LocalDate.of(2019, 12, 1), null));
        assertThat(dataset.counties().get(0).code()).isEqualTo("640422");
        Village village = dataset.villages().get(0);
        assertThat(village.collectiveIncome()).isEqualTo(new BigDecimal("52000.50"));
        assertThat(village.povertyVillage() && village.hardenedRoad() && village.threePhasePower()
                && village.standardClinic()).isTrue();
        Household household = dataset.households().get(0);
        assertThat(household.status()).isEqualTo(RegistrationStatus.NOT_EXITED);
        assertThat(household.wageIncome()).isEqualTo(new BigDecimal("8000.00"));
        assertThat(household.businessIncome()).isEqualTo(new BigDecimal("-1200.50"));
        assertThat(household.transferIncome()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(household.medicalCostTotal()).isEqualTo(new BigDecimal("0.30"));
        assertThat(household.foodSecure()).isTrue();
        assertThat(household.clothingSecure()).isFalse();
        assertThat(household.waterPiped()).isTrue();
        assertThat(household.waterQualityOk()).isFalse();
        assertThat(household.waterLitersPerDay()).isEqualByComparingTo("60.5");
        Member member = household.members().get(0);
        assertThat(member.birthDate()).isEqualTo(LocalDate.of(1980, 5, 1));
        assertThat(member.schooling()).isEqualTo(Schooling.NOT_IN_SCHOOL);
        assertThat(member.seriousIllnessInsurance()).isFalse();
    }

    @Test
    void numbersAreReadAsExcelShowsThem() {
        assertThat(CellText.number(8000.0)).isEqualTo("8000");
        assertThat(CellText.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CellText.number(-1200.5)).isEqualTo("-1200.5");
        assertThat(CellText.number(640422100201.0)).isEqualTo("640422100201");
        assertThat(new CellText(false).formatRawCellContents(43830.0, 14, "m/d/yy")).isEqualTo("2019-12-31");
        assertThat(new CellText(false).formatRawCellContents(43830.5, 22, "m/d/yy h:mm")).isEqualTo("2019-12-31T12:00");
        assertThat(new CellText(true).formatRawCellContents(42368.0, 14, "m/d/yy")).isEqualTo("2019-12-31");
    }

    @Test
    void sheetNamesAreRecognisedInEnglishOrChinese() {
        assertThat(XlsxDatasetReader.schemaOf("Households")).isSameAs(DatasetSchema.HOUSEHOLDS);
        assertThat(XlsxDatasetReader.schemaOf(" 人 ")).isSameAs(DatasetSchema.MEMBERS);
        assertThat(XlsxDatasetReader.schemaOf("元数据")).isSameAs(DatasetSchema.META);
        assertThat(XlsxDatasetReader.schemaOf("Sheet1")).isNull();
        assertThat(SheetRows.column("A1")).isZero();
        assertThat(SheetRows.column("AB12")).isEqualTo(27);
    }

    @Test
    void anUnknownSheetIsAWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("extra.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(IngestFixtures.SAMPLE_ZH_XLSX));
             OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明");
            book.write(out);
        }
        DatasetLoader loader = new DatasetLoader();

        loader.load(file);

        assertThat(loader.warnings()).map(InputError::toString).containsExactly("warning: 说明: unknown sheet, ignored");
    }

    private static Sheet sheet(XSSFWorkbook book, String name, Object[] header, Object[] values) {
        Sheet sheet = book.createSheet(name);
        fill(sheet.createRow(0), header);
        fill(sheet.createRow(1), values);
        return sheet;
    }

    private static void fill(Row row, Object[] values) {
        CellStyle date = null;
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            Object value = values[i];
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Double number) {
                cell.setCellValue(number);
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value instanceof LocalDate day) {
                if (date == null) {
                    date = row.getSheet().getWorkbook().createCellStyle();
                    date.setDataFormat((short) 14);
                }
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
        }
    }
}
