package org.povertyexit.monitor.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code incidence} is projected poor ÷ registered population, given for every village; the names are
 * the input's, beside the codes, for people.
 */
public record VillageResult(String code, String name, String countyCode, String countyName, ExitStatus status,
                            List<String> failed,
                            BigDecimal incidence, int projectedPoor, List<Flag> flags) {
}
