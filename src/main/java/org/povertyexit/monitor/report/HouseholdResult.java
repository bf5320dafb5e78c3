package org.povertyexit.monitor.report;

import java.math.BigDecimal;
import java.util.List;

/** A household's result; its village is named beside its code, for people. */
public record HouseholdResult(String id, String villageCode, String villageName, ExitStatus status,
                              BigDecimal perCapitaNetIncome, List<String> failed, List<String> monitoring,
                              List<String> compliance, List<Flag> flags) {
}
