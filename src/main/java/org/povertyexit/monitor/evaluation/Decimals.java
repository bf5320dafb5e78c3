package org.povertyexit.monitor.evaluation;

import java.math.BigDecimal;

/** Numbers a rule compared, as exact decimals: counts and days arrive as int, money as BigDecimal. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal of(Number number) {
        if (number == null || number instanceof BigDecimal) {
            return (BigDecimal) number;
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(number.toString());
    }
}
