package org.povertyexit.monitor.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A bound row's typed values, read by name; the record constructors below keep field order in one place. */
record TypedRow(Map<String, Object> values) {

    String text(String name) {
        return (String) values.get(name);
    }

    int integer(String name) {
        Object value = values.get(name);
        return value == null ? 0 : (Integer) value;
    }

    BigDecimal decimal(String name) {
        return (BigDecimal) values.get(name);
    }

    boolean bool(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    @SuppressWarnings("unchecked")
    <E> E enumValue(String name) {
        return (E) values.get(name);
    }

    Meta meta() {
        int year = integer("assessmentYear");
        LocalDate date = date("assessmentDate");
        // the default is made explicit so that a dataset hashes the same whether or not it states it
        return new Meta(year, date != null ? date : LocalDate.of(year, 12, 31), text("province"));
    }

    County county() {
        return new County(text("code"), text("name"), enumValue("region"), integer("ruralPopulation"),
                integer("sampledExitedPersons"), integer("wrongExitPersons"), integer("sampledNonRegisteredPersons"),
                integer("missedPersons"), integer("surveyedHouseholds"), integer("recognizingHouseholds"));
    }

    Village village() {
        return new Village(text("code"), text("countyCode"), text("township"), text("name"), bool("povertyVillage"),
                bool("deepPoverty"), integer("registeredPopulation"), decimal("collectiveIncome"),
                text("leadingIndustry"), bool("hardenedRoad"), bool("threePhasePower"), bool("standardClinic"),
                bool("waterScarce"));
    }

    Member member() {
        return new Member(text("id"), text("householdId"), text("name"), text("idNumber"), text("relation"),
                date("birthDate"), enumValue("schooling"), bool("schoolExemptHealth"), enumValue("health"),
                enumValue("labour"), bool("basicMedicalInsurance"), bool("seriousIllnessInsurance"));
    }

    Household household(java.util.List<Member> members) {
        return new Household(text("id"), text("villageCode"), enumValue("status"), enumValue("povertyAttribute"),
                enumValue("mainCause"), decimal("wageIncome"), decimal("businessIncome"), decimal("propertyIncome"),
                decimal("transferIncome"), decimal("businessExpense"), decimal("reportedPerCapitaNetIncome"),
                bool("foodSecure"), bool("clothingSecure"), enumValue("housingGrade"), bool("relocated"),
                bool("relocationKeysReceived"), decimal("waterLitersPerDay"), bool("waterPiped"),
                decimal("waterRoundTripMinutes"), integer("waterOutageDays"), bool("waterQualityOk"),
                decimal("medicalCostTotal"), decimal("medicalSelfPaid"), decimal("industrySubsidy"), members);
    }
}
