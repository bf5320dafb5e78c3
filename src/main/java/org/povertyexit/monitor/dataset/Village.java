package org.povertyexit.monitor.dataset;

import java.math.BigDecimal;

/** An administrative village (村). */
public record Village(
        String code,
        String countyCode,
        String township,
        String name,
        boolean povertyVillage,
        boolean deepPoverty,
        int registeredPopulation,
        BigDecimal collectiveIncome,
        String leadingIndustry,
        boolean hardenedRoad,
        boolean threePhasePower,
        boolean standardClinic,
        boolean waterScarce) {
}
