package org.povertyexit.monitor.service.web.run;

import java.math.BigDecimal;
import java.util.function.Function;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.report.CountyResult;

/**
 * The county's 三率一度 as its card shows them: the rate in the report, the criterion that judges it and
 * the parameter holding its threshold (the incidence's by the county's region, as the rule names it).
 */
enum CountyRate {
    INCIDENCE("C-INCIDENCE", CountyResult.Rates::incidence, county -> "county.incidence_max." + county.regionKey(),
            true),
    WRONG_EXIT("C-WRONG-EXIT", CountyResult.Rates::wrongExit, county -> "county.wrong_exit_max", true),
    MISSED("C-MISSED", CountyResult.Rates::missed, county -> "county.missed_max", true),
    RECOGNITION("C-RECOGNITION", CountyResult.Rates::recognition, county -> "county.recognition_min", false);

    private final String criterion;
    private final Function<CountyResult.Rates, BigDecimal> rate;
    private final Function<County, String> parameter;
    private final boolean maximum;

    CountyRate(String criterion, Function<CountyResult.Rates, BigDecimal> rate, Function<County, String> parameter,
               boolean maximum) {
        this.criterion = criterion;
        this.rate = rate;
        this.parameter = parameter;
        this.maximum = maximum;
    }

    String criterion() {
        return criterion;
    }

    BigDecimal of(CountyResult county) {
        return county.rates() == null ? null : rate.apply(county.rates());
    }

    String parameter(County county) {
        return parameter.apply(county);
    }

    /** Whether the threshold is a maximum (the rate must stay below it) or a minimum. */
    boolean maximum() {
        return maximum;
    }
}
