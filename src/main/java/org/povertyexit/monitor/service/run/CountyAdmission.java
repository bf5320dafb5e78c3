package org.povertyexit.monitor.service.run;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.user.OutsideScopeException;

/**
 * Whether a run may keep another county: the county is in the uploader's scope, and the run is still
 * within its time budget. Asked as each county is finished, so a run that may not be stored stops there
 * and its transaction stores nothing.
 */
final class CountyAdmission {

    /** Every county, however long (a reproduction stores nothing and has no uploader). */
    static final CountyAdmission ANY = new CountyAdmission(CountyScope.PROVINCE, null, System::nanoTime);

    private final CountyScope scope;
    private final Duration budget;
    private final LongSupplier clock;
    private final long deadline;

    /** {@code budget} null: none. {@code clock}: nanoseconds, as {@link System#nanoTime()}. */
    CountyAdmission(CountyScope scope, Duration budget, LongSupplier clock) {
        this.scope = scope;
        this.budget = budget;
        this.clock = clock;
        this.deadline = budget == null ? 0 : clock.getAsLong() + budget.toNanos();
    }

    void admit(String countyCode) {
        if (!scope.covers(countyCode)) {
            throw OutsideScopeException.upload(countyCode);
        }
        if (budget != null && clock.getAsLong() - deadline > 0) {
            throw new TimeBudgetExceededException(budget, countyCode);
        }
    }
}
