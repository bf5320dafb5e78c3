package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.user.OutsideScopeException;

class CountyAdmissionTest {

    @Test
    void aCountyOutsideTheUploadersScopeIsRefused() {
        CountyAdmission xiji = new CountyAdmission(new CountyScope(Set.of("640422")), null, System::nanoTime);
        assertThatNoException().isThrownBy(() -> xiji.admit("640422"));
        assertThatThrownBy(() -> xiji.admit("640423")).isInstanceOf(OutsideScopeException.class)
                .hasMessageContaining("640423").hasMessageContaining("nothing was stored");
        assertThatNoException().isThrownBy(() -> CountyAdmission.ANY.admit("640423"));
    }

    @Test
    void aCountyFinishedAfterTheTimeBudgetStopsTheRun() {
        AtomicLong now = new AtomicLong(0);
        CountyAdmission run = new CountyAdmission(CountyScope.PROVINCE, Duration.ofMinutes(15), now::get);
        now.set(Duration.ofMinutes(14).toNanos());
        assertThatNoException().isThrownBy(() -> run.admit("640422"));
        now.set(Duration.ofMinutes(16).toNanos());
        assertThatThrownBy(() -> run.admit("640423")).isInstanceOf(TimeBudgetExceededException.class)
                .hasMessageContaining("900 s").hasMessageContaining("after county 640423");
    }
}
