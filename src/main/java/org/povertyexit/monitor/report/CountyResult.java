package org.povertyexit.monitor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** A rate is null when its denominator is 0 (the criterion then fails with "no sample"). */
public record CountyResult(String code, String name, ExitStatus status, List<String> failed, Rates rates,
                           int projectedPoor, List<Flag> flags) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rates(BigDecimal incidence, BigDecimal wrongExit, BigDecimal missed, BigDecimal recognition) {
    }
}
