package org.povertyexit.monitor.report;

import java.math.BigDecimal;
import java.util.List;

/** {@code incidence} is projected poor ÷ registered population, given for every village. */
public record VillageResult(String code, String countyCode, ExitStatus status, List<String> failed,
                            BigDecimal incidence, int projectedPoor, List<Flag> flags) {
}
