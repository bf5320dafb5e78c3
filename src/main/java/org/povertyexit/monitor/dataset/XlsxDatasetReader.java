package org.povertyexit.monitor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The XLSX form: one workbook with the sheets meta, counties, villages, households, members (or
 * 元数据, 县, 村, 户, 人). Sheets are streamed with POI's event API (XSSFReader + SAX), never loaded as a
 * whole workbook; problems are reported against the sheet's name as it appears in the workbook.
 */
public final class XlsxDatasetReader implements DatasetReader {

    static {
        // An .xlsx is a ZIP archive, and a small one can inflate to gigabytes (a "zip bomb"). Real sheets
        // compress 5-30 times; refuse any entry that inflates more than 100 times (POI's default, set here
        // on purpose so that no other code loosens it). A full sheet of 1,048,576 rows × 25 columns is about
        // 1.5 GB of XML: no entry may exceed 2 GiB. A workbook has a dozen parts, not thousands.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(2L * 1024 * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private String metaSheet;

    @Override
    public String metaSource(Path input) {
        return metaSheet != null ? metaSheet : input.getFileName().toString();
    }

    @Override
    public void read(Path input, DatasetAssembler assembler) throws IOException {
        String book = input.getFileName().toString();
        String notWorkbook = WorkbookCheck.check(input);
        if (notWorkbook != null) {
            unreadable(book, notWorkbook, assembler);
            return;
        }
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(input.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            unreadable(book, "not a readable XLSX workbook: the ZIP archive is damaged or truncated", assembler);
            return;
        }
        try {
            readSheets(book, workbook, assembler);
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            unreadable(book, damaged(e), assembler);
        } finally {
            workbook.revert(); // read-only: close() would try to save it
        }
    }

    /** The whole workbook is unusable: one problem, and no check of its (absent) content. */
    private static void unreadable(String book, String reason, DatasetAssembler assembler) {
        assembler.problem(InputError.error(book, null, null, null, reason));
        DatasetSchema.ALL.forEach(assembler::unreadable);
    }

    private void readSheets(String book, OPCPackage workbook, DatasetAssembler assembler)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader parts = new XSSFReader(workbook);
        boolean date1904 = WorkbookCheck.date1904(parts);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        var styles = parts.getStylesTable();
        Map<EntitySchema, String> found = new IdentityHashMap<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) parts.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                EntitySchema schema = schemaOf(name);
                if (schema == null) {
                    assembler.problem(InputError.warning(name, null, null, null, "unknown sheet, ignored"));
                } else if (found.containsKey(schema)) {
                    assembler.problem(InputError.error(name, null, null, null, "a second " + schema.displayName()
                            + " sheet (the first is \"" + found.get(schema) + "\")"));
                } else {
                    found.put(schema, name);
                    readSheet(name, schema, sheet, styles, strings, date1904, assembler);
                }
            }
        }
        metaSheet = found.get(DatasetSchema.META);
        for (EntitySchema schema : DatasetSchema.ALL) {
            if (!found.containsKey(schema)) {
                assembler.problem(InputError.error(book, null, null, null, "missing sheet " + schema.name()
                        + " (" + schema.label() + ")"));
                assembler.unreadable(schema);
            }
        }
    }

    private static void readSheet(String name, EntitySchema schema, InputStream sheet,
                                  org.apache.poi.xssf.model.StylesTable styles, ReadOnlySharedStringsTable strings,
                                  boolean date1904, DatasetAssembler assembler) throws SAXException {
        EntityTable table = new EntityTable(name, schema, assembler);
        boolean[] any = new boolean[1];
        // the sheet's XML is parsed on a thread of its own while the rows before are typed and checked
        try (RowsAhead<SAXException> rows = new RowsAhead<>(name, sink -> {
            SheetRows cells = new SheetRows(sink);
            parse(sheet, new XSSFSheetXMLHandler(styles, strings, cells, new CellText(date1904), false));
            any[0] = cells.anyRows();
        })) {
            for (RowsAhead.Row next = rows.next(); next != null; next = rows.next()) {
                if (!table.hasHeader()) {
                    table.header(next.cells());
                } else {
                    table.row(next.number(), next.cells());
                }
            }
        } catch (SheetRows.OversizedSheet e) {
            table.unreadable("oversized sheet: " + e.getMessage());
            return;
        }
        table.finish("empty sheet", any[0]);
    }

    /** Parses a sheet's XML; a failure to read it is told as the parser's. */
    private static void parse(InputStream sheet, XSSFSheetXMLHandler handler) throws SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader(); // hardened: no external entities or DTDs
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        } catch (IOException e) {
            throw new SAXException(e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    /** The entity a sheet name stands for: English (any case) or Chinese, surrounding blanks ignored. */
    static EntitySchema schemaOf(String sheetName) {
        String name = sheetName.strip();
        for (EntitySchema schema : DatasetSchema.ALL) {
            if (schema.name().equals(name.toLowerCase(Locale.ROOT)) || schema.label().equals(name)) {
                return schema;
            }
        }
        return null;
    }

    private static String damaged(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("Zip bomb") || message.contains("zip bomb")) {
            return "rejected as a possible zip bomb: a part of the workbook inflates more than 100 times";
        }
        if (message.contains("exceeds the max entry size") || message.contains("MaxEntrySize")) {
            return "oversized workbook: a part inflates beyond 2 GiB";
        }
        if (e instanceof POIXMLException && e.getCause() != null && e.getCause().getMessage() != null) {
            message = e.getCause().getMessage();
        }
        return "damaged XLSX workbook (truncated?): " + firstLine(message);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
