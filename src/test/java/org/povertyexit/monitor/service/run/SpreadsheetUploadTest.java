package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.service.ServiceTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The zip-of-CSV and XLSX upload paths, and the zip safety checks that reject before any reader runs. */
class SpreadsheetUploadTest extends ServiceTest {

    private static final Path CSV = Path.of("src/test/resources/service/two-households-csv");
    private static final List<String> FILES = List.of("meta", "counties", "villages", "households", "members");

    @Test
    void aZippedCsvFolderGivesTheSameRunAsTheJson(@TempDir Path probe) throws IOException {
        String json = get("/api/runs/" + uploadFixture()).at("/run/inputSha256").asText();

        ResponseEntity<JsonNode> response = upload("two-households.zip", zip("data/", null));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("inputSha256").asText()).isEqualTo(json);
    }

    @Test
    void anXlsxWorkbookGivesTheSameRunAsTheJson(@TempDir Path probe) throws IOException {
        Path workbook = probe.resolve("two-households.xlsx");
        Files.write(workbook, xlsx());
        String json = get("/api/runs/" + uploadFixture()).at("/run/inputSha256").asText();

        ResponseEntity<JsonNode> response = upload("two-households.xlsx", xlsx());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("inputSha256").asText()).isEqualTo(json);
    }

    @Test
    void aZipEntryPointingOutsideTheFolderIsRejected() throws IOException {
        long runs = count("run");
        ResponseEntity<JsonNode> response = upload("evil.zip", zip("", "../../escaped.csv"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/problems/0/reason").asText()).contains("outside the folder");
        assertThat(count("run")).isEqualTo(runs);
    }

    @Test
    void aZipOverTheUnpackedLimitIsRejected() throws IOException {
        byte[] noise = new byte[6 << 20];   // 6 MB of 0s and 1s: over the 5MB test limit, under 2MB packed
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) ('0' + random.nextInt(2));
        }
        ResponseEntity<JsonNode> response = upload("large.zip", zipOf("households.csv", noise));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/problems/0/reason").asText()).contains("size limit");
    }

    @Test
    void aZipBombIsRejectedAsItInflates() throws IOException {
        long runs = count("run");
        byte[] commas = new byte[3 << 20];   // one row of three million commas: a few KB packed
        java.util.Arrays.fill(commas, (byte) ',');
        long start = System.nanoTime();
        ResponseEntity<JsonNode> response = upload("bomb.zip", zipOf("members.csv", commas));
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/problems/0/reason").asText())
                .isEqualTo("rejected as a possible zip bomb: members.csv inflates more than 100 times");
        assertThat(count("run")).isEqualTo(runs);
    }

    @Test
    void aZipThatCannotBeAFolderIsRejectedWithItsReason() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a.csv"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("a.csv/households.csv"));
            zip.closeEntry();
        }
        ResponseEntity<JsonNode> clash = upload("clash.zip", bytes.toByteArray());
        assertThat(clash.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(clash.getBody().at("/problems/0/reason").asText()).contains("cannot be unpacked");

        // a file given twice ("./meta.csv" is meta.csv): refused, not the first copy replaced by the second
        ResponseEntity<JsonNode> twice = upload("twice.zip", zip("", "./meta.csv"));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody().at("/problems/0/reason").asText()).contains("a name given twice");

        ResponseEntity<JsonNode> longName = upload("long.zip", zipOf("x".repeat(300) + ".csv", new byte[] {1}));
        assertThat(longName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(longName.getBody().at("/problems/0/reason").asText()).contains("longer than 200 characters");
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipWithTooManyFilesIsRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 11; i++) {
                zip.putNextEntry(new ZipEntry("file" + i + ".csv"));
                zip.write("a\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        ResponseEntity<JsonNode> response = upload("many.zip", bytes.toByteArray());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/problems/0/reason").asText()).contains("more than 10 files");
    }

    @Test
    void aFileThatIsNotAZipIsRejected() {
        ResponseEntity<JsonNode> response = upload("data.zip", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(response.getStatusCode().is4xxClientError()).isTrue();
    }

    private static byte[] zip(String folder, String extraEntry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : FILES) {
                zip.putNextEntry(new ZipEntry(folder + name + ".csv"));
                zip.write(Files.readAllBytes(CSV.resolve(name + ".csv")));
                zip.closeEntry();
            }
            if (extraEntry != null) {
                zip.putNextEntry(new ZipEntry(extraEntry));
                zip.write("x\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The CSV fixture as a workbook with one sheet per file, every cell as text, as users export it. */
    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String name : FILES) {
                Sheet sheet = workbook.createSheet(name);
                int r = 0;
                // the fixture's cells hold no commas or quotes
                for (String line : Files.readAllLines(CSV.resolve(name + ".csv"))) {
                    Row row = sheet.createRow(r++);
                    String[] cells = line.split(",", -1);
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
