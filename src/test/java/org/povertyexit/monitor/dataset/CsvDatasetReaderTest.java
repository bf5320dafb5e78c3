package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetReaderTest {

    @Test
    void quotedValuesKeepCommasQuotesAndLineBreaks() throws Exception {
        Dataset dataset = IngestFixtures.load(IngestFixtures.SAMPLE_CSV);

        Village red = dataset.villages().get(1);
        assertThat(red.name()).isEqualTo("\"红星\"村");
        assertThat(red.leadingIndustry()).isEqualTo("乡村旅游\n（农家乐）");
        assertThat(dataset.villages().get(0).leadingIndustry()).isEqualTo("肉牛养殖, 马铃薯");
        assertThat(dataset.households().get(0).members().get(1).name()).isEqualTo("李秀兰, Jr.");
    }

    @Test
    void bomAndNoBomReadTheSame(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        for (EntitySchema schema : DatasetSchema.ALL) {
            String name = schema.name() + ".csv";
            byte[] bytes = Files.readAllBytes(IngestFixtures.SAMPLE_CSV.resolve(name));
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            Files.write(plain.resolve(name), java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
        }

        assertThat(IngestFixtures.load(plain)).isEqualTo(IngestFixtures.load(IngestFixtures.SAMPLE_CSV));
    }

    @Test
    void chineseEnglishAndMixedHeadersInAnyColumnOrderGiveTheSameFacts() throws Exception {
        DatasetLoader loader = new DatasetLoader();
        Dataset mixed = loader.load(IngestFixtures.MIXED_HEADERS_CSV);

        assertThat(mixed).isEqualTo(IngestFixtures.load(IngestFixtures.SAMPLE_JSON));
        assertThat(loader.warnings()).map(InputError::toString)
                .containsExactly("warning: households.csv row 1, field 备注: unknown column, ignored");
    }

    @Test
    void blankLinesAreSkippedButStillCountAsRows(@TempDir Path dir) throws Exception {
        Path folder = copyOfSample(dir);
        String members = Files.readString(folder.resolve("members.csv"));
        int third = members.indexOf("P0003");
        Files.writeString(folder.resolve("members.csv"),
                members.substring(0, third) + "\n,,,\n" + members.substring(third).replace("2008-02-29", "2008-02-30"));

        InvalidDatasetException rejected = reject(folder);

        assertThat(rejected.errors()).map(InputError::toString)
                .containsExactly("members.csv row 6, P0003, field birthDate (\"2008-02-30\"): not a date (YYYY-MM-DD)");
    }

    @Test
    void aQuoteNeverClosedFarIntoAFileIsReportedAtItsRowAfterTheRowsBeforeIt(@TempDir Path dir) throws Exception {
        // rows are split into cells a batch at a time on another thread: the rows before the broken one are
        // still checked, and the problem keeps its row
        Path folder = copyOfSample(dir);
        List<String> lines = Files.readAllLines(folder.resolve("members.csv"));
        StringBuilder members = new StringBuilder(lines.get(0)).append('\n');
        String sample = lines.get(1);
        String id = sample.substring(0, sample.indexOf(','));
        for (int i = 0; i < 2500; i++) {
            members.append("X").append(i).append(sample.substring(id.length())).append('\n');
        }
        members.append("X-broken,\"unclosed\n");
        Files.writeString(folder.resolve("members.csv"), members);

        InvalidDatasetException rejected = reject(folder);

        assertThat(rejected.errors()).map(InputError::toString)
                .contains("members.csv row 2502: a quoted value is never closed: truncated file?");
    }

    @Test
    void datesAreReadStrictlyWhateverTheirShape() {
        assertThat(FieldType.DATE.convert("2008-02-29", null)).isEqualTo(java.time.LocalDate.of(2008, 2, 29));
        assertThat(FieldType.DATE.convert(" 2019-12-31 ", null)).isEqualTo(java.time.LocalDate.of(2019, 12, 31));
        for (String bad : List.of("2019-02-29", "2019-13-01", "2019-00-10", "2019-1-01", "2019/01/01", "20190101",
                "２０１９-01-01", "2019-01-1a")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> FieldType.DATE.convert(bad, null)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessage("not a date (YYYY-MM-DD)");
        }
    }

    @Test
    void aColumnWithoutHeaderIsWarnedAboutOnceWhenItHoldsValues(@TempDir Path dir) throws Exception {
        Path folder = copyOfSample(dir);
        List<String> lines = Files.readAllLines(folder.resolve("meta.csv"));
        Files.write(folder.resolve("meta.csv"), List.of(lines.get(0) + ",", lines.get(1) + ",stray"),
                StandardCharsets.UTF_8);
        DatasetLoader loader = new DatasetLoader();

        loader.load(folder);

        assertThat(loader.warnings()).map(InputError::toString).containsExactly(
                "warning: meta.csv row 2: values in a column without a header (column 4), ignored");
    }

    @Test
    void aMissingRequiredColumnIsReportedOnceNotOnEveryRow(@TempDir Path dir) throws Exception {
        Path folder = copyOfSample(dir);
        String members = Files.readString(folder.resolve("members.csv"))
                .replace("basicMedicalInsurance", "basicInsurance");
        Files.writeString(folder.resolve("members.csv"), members);

        InvalidDatasetException rejected = reject(folder);

        assertThat(rejected.errors()).map(InputError::toString).containsExactly(
                "members.csv row 1, field basicMedicalInsurance: required column missing "
                        + "(basicMedicalInsurance / 参加基本医疗保险)");
    }

    @Test
    void aMemberNameInAProblemIsMasked(@TempDir Path dir) throws Exception {
        Path folder = copyOfSample(dir);
        byte[] members = Files.readAllBytes(folder.resolve("members.csv"));
        String text = new String(members, StandardCharsets.UTF_8).replace("王桂英", "王\uFFFD英");
        Files.writeString(folder.resolve("members.csv"), text);

        InvalidDatasetException rejected = reject(folder);

        assertThat(rejected.errors()).singleElement().satisfies(error -> {
            assertThat(error.toString()).startsWith("members.csv row 6, P0005, field name (\"王**\"): not UTF-8 text");
            assertThat(error.toString()).doesNotContain("桂");
        });
    }

    @Test
    void aSingleCsvFileOrAnUnknownExtensionIsRefusedWithAReason() {
        InvalidDatasetException single = catchRejection(IngestFixtures.SAMPLE_CSV.resolve("meta.csv"));
        InvalidDatasetException xls = catchRejection(Path.of("book.xls"));
        InvalidDatasetException other = catchRejection(Path.of("data.txt"));

        assertThat(single.errors().get(0).reason()).startsWith("a single CSV file is not a dataset: give the folder");
        assertThat(xls.errors().get(0).reason()).contains("save it as .xlsx");
        assertThat(other.errors().get(0).reason())
                .isEqualTo("unsupported input: give a .json file, a folder of CSV files or an .xlsx workbook");
    }

    private static InvalidDatasetException catchRejection(Path input) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDatasetException.class,
                () -> DatasetFormat.of(input));
    }

    static Path copyOfSample(Path dir) throws Exception {
        Path folder = dir.resolve("copy");
        Files.createDirectories(folder);
        for (EntitySchema schema : DatasetSchema.ALL) {
            String name = schema.name() + ".csv";
            Files.copy(IngestFixtures.SAMPLE_CSV.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    static InvalidDatasetException reject(Path input) {
        InvalidDatasetException rejected = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidDatasetException.class, () -> new DatasetLoader().load(input));
        assertThat(rejected).isNotNull();
        return rejected;
    }
}
