package org.povertyexit.monitor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** What a file given as a workbook is, judged before POI opens it, and the workbook's date system. */
final class WorkbookCheck {

    private WorkbookCheck() {
    }

    /** Why the file is no .xlsx workbook, from its first bytes; null when it is a ZIP archive. */
    static String check(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(512);
        }
        if (start.length == 0) {
            return "empty file";
        }
        if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return null;
        }
        if (start.length >= 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF
                && start[2] == 0x11 && (start[3] & 0xFF) == 0xE0) {
            return "not an XLSX workbook: an Excel 97-2003 (.xls) or password-protected file; "
                    + "save it as an unprotected .xlsx workbook";
        }
        return "not an XLSX workbook (an .xlsx file is a ZIP archive; this one is not)";
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    static boolean date1904(XSSFReader parts) throws IOException, SAXException {
        boolean[] found = new boolean[1];
        try (InputStream workbook = parts.getWorkbookData()) {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        } catch (InvalidFormatException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("workbook part unreadable: " + e.getMessage(), e);
        }
        return found[0];
    }
}
