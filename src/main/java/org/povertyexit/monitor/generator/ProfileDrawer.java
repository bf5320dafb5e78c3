package org.povertyexit.monitor.generator;

import java.util.SplittableRandom;
import org.povertyexit.monitor.dataset.RegistrationStatus;

/**
 * Draws household profiles. Sizes 1–7 with mean about 4 (rural households of Ningxia's south); in 2019
 * most registered households had exited, a tenth were still poor, a few had returned to poverty, and
 * ordinary households appear beside them (monitoring looks at them too).
 */
final class ProfileDrawer {

    /** Cumulative shares of household sizes 1..7: 6, 14, 17, 22, 20, 13, 8 percent (mean 4.07). */
    private static final double[] SIZE_CUMULATIVE = {0.06, 0.20, 0.37, 0.59, 0.79, 0.92, 1.0};

    HouseholdProfile draw(SplittableRandom random, double villageWeight) {
        int size = size(random.nextDouble());
        RegistrationStatus status = status(random.nextDouble());
        // not-yet-exited and returned households are the poorer ones; exited ones mostly hold up
        double weight = villageWeight * switch (status) {
            case NOT_EXITED, RETURNED -> 1.8;
            case EXITED -> 0.7;
            case NOT_REGISTERED -> 1.0;
        };
        int faults = 0;
        for (Fault fault : Fault.values()) {
            double draw = random.nextDouble();
            boolean possible = fault != Fault.EDUCATION || size >= 2;
            if (possible && draw < fault.baseRate() * weight) {
                faults |= fault.bit();
            }
        }
        return new HouseholdProfile(size, status, faults);
    }

    private static int size(double draw) {
        for (int i = 0; i < SIZE_CUMULATIVE.length; i++) {
            if (draw < SIZE_CUMULATIVE[i]) {
                return i + 1;
            }
        }
        return SIZE_CUMULATIVE.length;
    }

    private static RegistrationStatus status(double draw) {
        if (draw < 0.10) {
            return RegistrationStatus.NOT_EXITED;
        }
        if (draw < 0.63) {
            return RegistrationStatus.EXITED;
        }
        if (draw < 0.66) {
            return RegistrationStatus.RETURNED;
        }
        return RegistrationStatus.NOT_REGISTERED;
    }
}
