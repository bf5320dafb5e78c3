package org.povertyexit.monitor.service.run;

import java.time.Duration;

/** An upload took longer to evaluate than the service gives one (exit-monitor.upload.time-budget): refused. */
public class TimeBudgetExceededException extends RuntimeException {

    TimeBudgetExceededException(Duration budget, String countyCode) {
        super("the upload needed more than its time budget of " + budget.toSeconds() + " s (exit-monitor.upload"
                + ".time-budget) and was stopped after county " + countyCode + "; nothing was stored. Send it in "
                + "parts, a few counties at a time");
    }
}
