package org.povertyexit.monitor.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric Excel cell into the text the typing of {@link FieldType} expects: a date-formatted
 * cell becomes YYYY-MM-DD, any other number its plain decimal, never the display format ("1,234.00",
 * "12%"). Numbers are rounded to Excel's 15 significant digits, so 0.1+0.2 computed in a sheet reads
 * as 0.3, as Excel shows it.
 */
final class CellText extends DataFormatter {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final boolean date1904;
    /** Whether a format is a date format, by format string: POI's own check runs regular expressions. */
    private final Map<String, Boolean> dateFormats = new HashMap<>();

    CellText(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        boolean dateFormat = dateFormats.computeIfAbsent(formatIndex + ":" + formatString,
                key -> DateUtil.isADateFormat(formatIndex, formatString));
        if (dateFormat && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, use1904);
            // a time of day in a date field is shown, so that the user sees why it is not a date
            return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.toString();
        }
        return number(value);
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
}
