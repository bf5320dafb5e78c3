package org.povertyexit.monitor.report;

import java.math.BigDecimal;
import java.util.List;

public record HouseholdResult(String id, String villageCode, ExitStatus status, BigDecimal perCapitaNetIncome,
                              List<String> failed, List<String> monitoring, List<String> compliance,
                              List<Flag> flags) {
}
