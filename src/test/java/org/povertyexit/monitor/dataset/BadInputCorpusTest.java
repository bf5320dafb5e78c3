package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input under src/test/resources/bad-input is rejected as a whole (the loader throws, so nothing
 * is evaluated) with exactly the located problems listed here: file or sheet, row, field, value, reason.
 */
class BadInputCorpusTest {

    private static final String NOT_UTF8_GBK = "not UTF-8 text (the bytes look like GBK, the Chinese Windows "
            + "encoding): re-save the file as UTF-8 (in Excel: Save As → CSV UTF-8)";

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("csv-missing-column", List.of(
                        "households.csv row 1, field wageIncome: required column missing (wageIncome / 工资性收入)")),
                Arguments.of("csv-wrong-type", List.of(
                        "villages.csv row 4, 640423100101, field povertyVillage (\"maybe\"): not a boolean (use true/false, 1/0, "
                                + "是/否 or Y/N)",
                        "households.csv row 3, H0002, field wageIncome (\"abc\"): not a number",
                        "households.csv row 4, H0003, field status (\"EXITING\"): unknown value; expected one of "
                                + "NOT_EXITED 未脱贫, EXITED 已脱贫, RETURNED 返贫, NOT_REGISTERED 非建档立卡",
                        "households.csv row 5, H0004, field wageIncome (\"24000.999\"): money has more than two decimals",
                        "members.csv row 4, P0003, field birthDate (\"2008/02/29\"): not a date (YYYY-MM-DD)")),
                Arguments.of("csv-out-of-range", List.of(
                        "meta.csv row 2, field assessmentYear (\"2040\"): out of range: must be 2014..2030",
                        "villages.csv row 3, 640422100202, field registeredPopulation (\"0\"): out of range: must be ≥ 1",
                        "households.csv row 4, H0003, field waterOutageDays (\"400\"): out of range: must be 0..366",
                        "households.csv row 5, H0004, field wageIncome (\"-5\"): out of range: must be ≥ 0")),
                Arguments.of("csv-duplicate-id", List.of(
                        "counties.csv row 3, 640422, field code (\"640422\"): duplicate id (first at row 2)",
                        "households.csv row 7, H0002, field id (\"H0002\"): duplicate id (first at row 3)",
                        "villages.csv row 4, 640423100101, field countyCode (\"640423\"): no county has this code")),
                Arguments.of("csv-dangling-reference", List.of(
                        "villages.csv row 4, 640423100101, field countyCode (\"999999\"): no county has this code",
                        "members.csv row 9, P0008, field householdId (\"H9999\"): no household has this id")),
                Arguments.of("csv-household-without-members", List.of(
                        "households.csv row 3, H0002, field members: household has no members")),
                Arguments.of("csv-selfpaid-above-total", List.of(
                        "households.csv row 6, H0005, field medicalSelfPaid (\"600.00\"): self-paid above medicalCostTotal "
                                + "(500.50)")),
                Arguments.of("csv-birth-after-assessment", List.of(
                        "members.csv row 11, P0010, field birthDate (\"2020-01-01\"): after the assessment date 2019-12-31")),
                Arguments.of("csv-truncated-row", List.of(
                        "members.csv row 13: the row has 6 values but the header has 12 columns "
                                + "(the row is cut short: truncated file?)")),
                Arguments.of("csv-truncated-quote", List.of(
                        "villages.csv row 3: a quoted value is never closed: truncated file?")),
                Arguments.of("csv-binary-junk", List.of("households.csv: binary file, not CSV text")),
                Arguments.of("csv-empty-file", List.of("counties.csv: empty file")),
                Arguments.of("csv-gbk", List.of(
                        "villages.csv row 2, 640422100201, field township (\"\uFFFD\uFFFD\u01FF\uFFFD\uFFFD\"): " + NOT_UTF8_GBK)),
                Arguments.of("csv-missing-file", List.of(
                        "members.csv: missing file: the folder has no members.csv (人)")),
                Arguments.of("xlsx-not-a-workbook.xlsx", List.of(
                        "xlsx-not-a-workbook.xlsx: not an XLSX workbook (an .xlsx file is a ZIP archive; this one is not)")),
                Arguments.of("xlsx-old-xls.xlsx", List.of(
                        "xlsx-old-xls.xlsx: not an XLSX workbook: an Excel 97-2003 (.xls) or password-protected file; "
                                + "save it as an unprotected .xlsx workbook")),
                Arguments.of("xlsx-empty-file.xlsx", List.of("xlsx-empty-file.xlsx: empty file")),
                Arguments.of("xlsx-truncated.xlsx", List.of(
                        "xlsx-truncated.xlsx: not a readable XLSX workbook: the ZIP archive is damaged or truncated")),
                Arguments.of("xlsx-zip-bomb.xlsx", List.of(
                        "xlsx-zip-bomb.xlsx: rejected as a possible zip bomb: a part of the workbook inflates more "
                                + "than 100 times")),
                Arguments.of("xlsx-oversized-sheet.xlsx", List.of(
                        "members: oversized sheet: more than 1048576 rows, Excel's limit: not a sheet Excel wrote")),
                Arguments.of("xlsx-missing-sheet.xlsx", List.of("xlsx-missing-sheet.xlsx: missing sheet members (人)")),
                Arguments.of("xlsx-bad-cells.xlsx", List.of(
                        "villages row 2, 640422100201, field collectiveIncome (\"52000.505\"): money has more than two decimals",
                        "households row 3, H0002, field wageIncome (\"abc\"): not a number",
                        "households row 4, H0003, field foodSecure (\"maybe\"): not a boolean (use true/false, 1/0, 是/否 "
                                + "or Y/N)",
                        "households row 5, H0004, field waterOutageDays (\"400\"): out of range: must be 0..366",
                        "members row 6, P0005, field birthDate (\"1950-13-01\"): not a date (YYYY-MM-DD)",
                        "members row 11, P0010, field birthDate (\"2020-01-01\"): after the assessment date 2019-12-31")),
                Arguments.of("csv-hostile-values", List.of(
                        "villages.csv row 2, 640422100201, field name (\"" + "村".repeat(60) + "…\"): longer than 200 characters",
                        "households.csv row 2, H0001, field wageIncome (\"1e999999999\"): out of range: more than 15 digits "
                                + "before the decimal point",
                        "households.csv row 3, H0002, field businessIncome (\"0e999999999\"): out of range: more than 15 "
                                + "digits before the decimal point",
                        "households.csv row 4, H0003, field waterLitersPerDay (\"1e-999999999\"): more than 6 decimals",
                        "households.csv row 5, H0004, field propertyIncome (\"" + "1".repeat(60) + "\"): not a number: longer "
                                + "than 40 characters",
                        "households.csv row 6, H0005, field foodSecure (\"640422********1234\"): not a boolean (use "
                                + "true/false, 1/0, 是/否 or Y/N)",
                        // a member's name slipped into the next column: echoed masked, like the name itself
                        "members.csv row 2, P0001, field schooling (\"马**\"): unknown value; expected one of NOT_IN_SCHOOL "
                                + "非在校生, PRESCHOOL 学前, PRIMARY 小学, JUNIOR 初中, SENIOR 高中, VOCATIONAL 中职, "
                                + "COLLEGE 大专及以上")),
                // one row of 80,000 characters: refused as it is read, before it is split into cells
                Arguments.of("csv-endless-row", List.of(
                        "households.csv row 7: line 7 is longer than 65536 characters: no row of this table is")),
                // one household of 60,000 values: refused as it is read into a tree, before it fills the memory
                Arguments.of("json-endless-record.json", List.of(
                        "json-endless-record.json: households[1] holds more than 50000 values: no record of this "
                                + "dataset does")),
                Arguments.of("json-hostile-values.json", List.of(
                        "json-hostile-values.json, H0001, field households[0].wageIncome (\"1E+999999999\"): out of range: "
                                + "more than 15 digits before the decimal point",
                        "json-hostile-values.json, P0001, field households[0].members[0].name (\"\uFFFD***\"): not valid Unicode "
                                + "text: a lone surrogate at character 1",
                        "json-hostile-values.json, H0002, field households[1].businessIncome (\"1E-7\"): more than 6 "
                                + "decimals")),
                Arguments.of("json-truncated.json", List.of(
                        "json-truncated.json row 151: not valid JSON (line 151, column 9): Unexpected end-of-input "
                                + "in field name (truncated file?)")),
                Arguments.of("json-binary-junk.json", List.of("json-binary-junk.json: binary file, not JSON text")),
                Arguments.of("json-empty-file.json", List.of("json-empty-file.json: empty file")),
                Arguments.of("json-gbk.json", List.of(
                        "json-gbk.json row 5: not valid UTF-8 text (line 5, column 18): re-save the file as UTF-8 (a "
                                + "GBK file, the Chinese Windows encoding, is not read)")),
                // C0 AF: an overlong '/', which a lenient decoder would let through as one
                Arguments.of("json-overlong-utf8.json", List.of(
                        "json-overlong-utf8.json row 17: not valid UTF-8 text (line 17, column 33): re-save the file "
                                + "as UTF-8 (a GBK file, the Chinese Windows encoding, is not read)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rejectsWithLocatedProblems(String name, List<String> expected) {
        Path input = IngestFixtures.BAD_INPUT.resolve(name);
        assertThat(input).exists();

        long start = System.nanoTime();
        InvalidDatasetException rejected = catchThrowableOfType(InvalidDatasetException.class,
                () -> new DatasetLoader().load(input));

        assertThat(rejected).as("the loader rejects %s", name).isNotNull();
        assertThat(System.nanoTime() - start).as("rejected cheaply").isLessThan(2_000_000_000L);
        assertThat(rejected.errors()).map(InputError::toString).containsExactlyElementsOf(expected);
        assertThat(rejected.errors()).allMatch(InputError::isError);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCaseIsInTheCorpusFolder(String name) {
        assertThat(Files.exists(IngestFixtures.BAD_INPUT.resolve(name))).isTrue();
    }
}
