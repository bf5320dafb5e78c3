package org.povertyexit.monitor.service.remediation;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.povertyexit.monitor.dataset.FormulaGuard;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The remediation list as CSV (UTF-8 with BOM, for Excel) or XLSX; every text cell neutralised. */
final class RemediationExport {

    static final List<String> COLUMNS = List.of("level", "entityId", "villageCode", "countyCode", "criterion",
            "severity", "department", "departmentName", "action", "actionEn", "gap", "unit");

    private RemediationExport() {
    }

    static byte[] csv(List<RemediationRow> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> cells = new ArrayList<>();
        for (RemediationRow row : rows) {
            // an empty cell as "", not null, which the writer would drop and so shift the row left
            List<String> line = new ArrayList<>(Arrays.stream(row.texts())
                    .map(text -> text == null ? "" : FormulaGuard.guarded(text)).toList());
            line.add(row.gap() == null ? "" : row.gap().toPlainString());
            line.add(FormulaGuard.guarded(row.unit()));
            cells.add(line);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        new CsvMapper().writer(schema.build()).writeValues(out).writeAll(cells).close();
        return out.toByteArray();
    }

    static byte[] xlsx(List<RemediationRow> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("remediation");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int r = 1;
            for (RemediationRow item : rows) {
                Row row = sheet.createRow(r++);
                String[] texts = item.texts();
                for (int i = 0; i < texts.length; i++) {
                    if (texts[i] != null) {
                        row.createCell(i).setCellValue(FormulaGuard.guarded(texts[i]));
                    }
                }
                if (item.gap() != null) {
                    row.createCell(texts.length).setCellValue(item.gap().doubleValue());
                }
                if (item.unit() != null) {
                    row.createCell(texts.length + 1).setCellValue(FormulaGuard.guarded(item.unit()));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
