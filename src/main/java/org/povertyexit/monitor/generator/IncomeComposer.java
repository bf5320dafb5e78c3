package org.povertyexit.monitor.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.povertyexit.monitor.dataset.PovertyAttribute;
import org.povertyexit.monitor.dataset.RegistrationStatus;

/**
 * Income components that add up to a chosen per-capita net income. Households meant to fail H-INCOME
 * sit at or below the 2019 line (some exactly on it: 超过 is strict); the others are spread above it,
 * registered ones close to the line (so the 1.5× monitoring line catches many exited households),
 * ordinary ones higher but with a tail below the monitoring line.
 */
final class IncomeComposer {

    record Income(BigDecimal wage, BigDecimal business, BigDecimal property, BigDecimal transfer,
                  BigDecimal expense) {
    }

    /** Household net income in whole yuan for {@code size} members. */
    long netIncome(SplittableRandom random, HouseholdProfile profile) {
        double perCapita;
        if (profile.has(Fault.INCOME)) {
            perCapita = random.nextDouble() < 0.05 ? Targets.POVERTY_LINE.doubleValue() : 1800 + random.nextDouble() * 1940;
        } else {
            double median = switch (profile.status()) {
                case NOT_EXITED -> 5200;
                case RETURNED -> 5000;
                case EXITED -> 7200;
                case NOT_REGISTERED -> 9800;
            };
            double sigma = profile.status() == RegistrationStatus.NOT_REGISTERED ? 0.45 : 0.3;
            perCapita = median * Math.exp(sigma * random.nextGaussian());
            double floor = profile.registered() ? Targets.INCOME_PASS_FLOOR : 1500;
            perCapita = Math.max(floor, Math.min(perCapita, 60_000));
        }
        return Math.round(perCapita * profile.size());
    }

    /** Splits {@code net} into components: wages if someone works, transfers (more for 低保/特困), a farm. */
    Income compose(SplittableRandom random, long net, boolean hasWorker, PovertyAttribute attribute) {
        boolean supported = attribute == PovertyAttribute.DIBAO || attribute == PovertyAttribute.TEKUN;
        double transferShare = supported ? 0.35 + 0.35 * random.nextDouble() : 0.08 + 0.17 * random.nextDouble();
        double propertyShare = 0.05 * random.nextDouble();
        double wageShare = hasWorker ? (1 - transferShare - propertyShare) * (0.3 + 0.4 * random.nextDouble()) : 0;
        BigDecimal total = BigDecimal.valueOf(net);
        BigDecimal transfer = yuan(net * transferShare).add(BigDecimal.valueOf(random.nextInt(100), 2));
        BigDecimal property = yuan(net * propertyShare);
        BigDecimal wage = yuan(net * wageShare);
        BigDecimal farm = total.subtract(transfer).subtract(property).subtract(wage);
        BigDecimal expense = yuan(Math.max(0, farm.doubleValue()) * (0.25 + 0.55 * random.nextDouble()));
        if (hasWorker && random.nextDouble() < 0.01) {
            // a year with a farming loss, made up by wages
            BigDecimal loss = BigDecimal.valueOf(200 + random.nextInt(1800));
            wage = wage.add(farm).add(loss);
            farm = loss.negate();
            expense = yuan(loss.doubleValue() * 0.5);
        }
        return new Income(wage, farm.add(expense), property, transfer, expense);
    }

    private static BigDecimal yuan(double value) {
        return BigDecimal.valueOf(Math.round(value)).setScale(2, RoundingMode.UNNECESSARY);
    }
}
