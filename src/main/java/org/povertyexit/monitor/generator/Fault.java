package org.povertyexit.monitor.generator;

/**
 * A household criterion (criteria.md, H-*) the generator means the household to fail. Deciding faults
 * first and then drawing values that realise exactly them lets the generator know, before writing a
 * single household, how many projected poor each village will have.
 */
enum Fault {
    INCOME("H-INCOME", 0.08),
    FOOD_CLOTHING("H-FOOD-CLOTHING", 0.015),
    EDUCATION("H-EDUCATION", 0.03),
    MEDICAL_INSURANCE("H-MEDICAL-INSURANCE", 0.04),
    MEDICAL_SELFPAY("H-MEDICAL-SELFPAY", 0.03),
    HOUSING("H-HOUSING", 0.03),
    WATER("H-WATER", 0.04);

    private final String code;
    /** Chance in a lagging village (weight 1); ready villages and exited households scale it down. */
    private final double baseRate;

    Fault(String code, double baseRate) {
        this.code = code;
        this.baseRate = baseRate;
    }

    String code() {
        return code;
    }

    double baseRate() {
        return baseRate;
    }

    int bit() {
        return 1 << ordinal();
    }
}
