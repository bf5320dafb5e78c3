package org.povertyexit.monitor.generator;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.povertyexit.monitor.dataset.HousingGrade;

/**
 * Housing and drinking water. Relocated households (易地搬迁) may still carry their old house's C/D
 * grade: with the keys handed over they pass, without them they do not. In water-scarce villages 20
 * to 35 litres a day pass where elsewhere they would not.
 */
final class LivingConditions {

    record Housing(HousingGrade grade, boolean relocated, boolean keysReceived) {
    }

    record Water(BigDecimal litersPerDay, boolean piped, BigDecimal roundTripMinutes, int outageDays,
                 boolean qualityOk) {
    }

    Housing housing(SplittableRandom random, boolean fault) {
        HousingGrade dangerous = random.nextBoolean() ? HousingGrade.C : HousingGrade.D;
        double draw = random.nextDouble();
        if (fault) {
            return draw < 0.7 ? new Housing(dangerous, false, false) : new Housing(dangerous, true, false);
        }
        if (draw < 0.08) {
            return new Housing(random.nextDouble() < 0.7 ? dangerous : HousingGrade.A, true, true);
        }
        if (draw < 0.1) {
            // moving, keys not yet handed over, but the present house is sound
            return new Housing(HousingGrade.B, true, false);
        }
        return new Housing(draw < 0.45 ? HousingGrade.A : HousingGrade.B, false, false);
    }

    Water water(SplittableRandom random, boolean fault, boolean scarce) {
        int min = scarce ? Targets.WATER_MIN_LITERS_SCARCE : Targets.WATER_MIN_LITERS;
        double liters = random.nextDouble() < 0.05 ? min : min + random.nextDouble() * (scarce ? 40 : 65);
        boolean piped = random.nextDouble() < 0.85;
        double trip = piped ? 0 : random.nextDouble() < 0.1 ? Targets.WATER_MAX_ROUND_TRIP : 5 + random.nextInt(15);
        int outage = random.nextDouble() < 0.6 ? 0 : random.nextInt(Targets.WATER_MAX_OUTAGE_DAYS + 1);
        boolean quality = true;
        if (fault) {
            switch (random.nextInt(4)) {
                case 0 -> liters = min * (0.4 + 0.55 * random.nextDouble());
                case 1 -> {
                    piped = false;
                    trip = Targets.WATER_MAX_ROUND_TRIP + 5 + random.nextInt(40);
                }
                case 2 -> outage = Targets.WATER_MAX_OUTAGE_DAYS + 1 + random.nextInt(60);
                default -> quality = false;
            }
        }
        return new Water(BigDecimal.valueOf((long) Math.floor(liters * 10), 1), piped,
                BigDecimal.valueOf((long) trip), outage, quality);
    }
}
