package org.povertyexit.monitor.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * A year's medical costs and the self-paid part. Registered households pay at most a tenth after
 * insurance and assistance (some exactly a tenth) unless meant to fail H-MEDICAL-SELFPAY; ordinary
 * households pay a fifth to a half. A serious illness (M-SHOCK) makes the self-paid part exceed half
 * the household's net income, with a cost large enough to keep a registered household's share ≤ 10%.
 */
final class MedicalCosts {

    record Costs(BigDecimal total, BigDecimal selfPaid) {
        static final Costs NONE = new Costs(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    Costs costs(SplittableRandom random, HouseholdProfile profile, boolean seriousIllness, BigDecimal netIncome,
                boolean shock) {
        boolean overpays = profile.has(Fault.MEDICAL_SELFPAY) || !profile.registered();
        if (shock) {
            BigDecimal selfPaid = netIncome.multiply(BigDecimal.valueOf(55 + random.nextInt(40), 2))
                    .setScale(2, RoundingMode.CEILING).max(new BigDecimal("1000.00"));
            BigDecimal total = overpays
                    ? selfPaid.divide(BigDecimal.valueOf(30 + random.nextInt(30), 2), 2, RoundingMode.FLOOR)
                    : selfPaid.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(random.nextInt(20_000)));
            return new Costs(total.setScale(2, RoundingMode.UNNECESSARY), selfPaid);
        }
        if (!profile.has(Fault.MEDICAL_SELFPAY) && !seriousIllness && random.nextDouble() < 0.55) {
            return Costs.NONE;
        }
        long base = seriousIllness ? 20_000 + random.nextInt(60_000) : 300 + random.nextInt(11_700);
        BigDecimal total = BigDecimal.valueOf(base).setScale(2);
        if (overpays) {
            BigDecimal ratio = BigDecimal.valueOf(profile.registered() ? 12 + random.nextInt(28) : 20 + random.nextInt(30), 2);
            return new Costs(total, total.multiply(ratio).setScale(2, RoundingMode.CEILING));
        }
        BigDecimal ratio = random.nextDouble() < 0.05 ? Targets.SELFPAY_MAX
                : BigDecimal.valueOf(3 + random.nextInt(70), 3);
        return new Costs(total, total.multiply(ratio).setScale(2, RoundingMode.FLOOR));
    }
}
