package org.povertyexit.monitor.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A household (户) with its members; the income arithmetic of criteria.md lives here, once. */
public record Household(
        String id,
        String villageCode,
        RegistrationStatus status,
        PovertyAttribute povertyAttribute,
        MainCause mainCause,
        BigDecimal wageIncome,
        BigDecimal businessIncome,
        BigDecimal propertyIncome,
        BigDecimal transferIncome,
        BigDecimal businessExpense,
        BigDecimal reportedPerCapitaNetIncome,
        boolean foodSecure,
        boolean clothingSecure,
        HousingGrade housingGrade,
        boolean relocated,
        boolean relocationKeysReceived,
        BigDecimal waterLitersPerDay,
        boolean waterPiped,
        BigDecimal waterRoundTripMinutes,
        int waterOutageDays,
        boolean waterQualityOk,
        BigDecimal medicalCostTotal,
        BigDecimal medicalSelfPaid,
        BigDecimal industrySubsidy,
        List<Member> members) {

    /** The relation that marks the head of a household. */
    private static final String HEAD = "户主";

    public Household {
        members = members == null ? List.of()
                : members.stream().sorted(Comparator.comparing(Member::id)).toList();
    }

    /** The same household with these members (a household is read before its members). */
    public Household withMembers(List<Member> members) {
        return new Household(id, villageCode, status, povertyAttribute, mainCause, wageIncome, businessIncome,
                propertyIncome, transferIncome, businessExpense, reportedPerCapitaNetIncome, foodSecure,
                clothingSecure, housingGrade, relocated, relocationKeysReceived, waterLitersPerDay, waterPiped,
                waterRoundTripMinutes, waterOutageDays, waterQualityOk, medicalCostTotal, medicalSelfPaid,
                industrySubsidy, members);
    }

    /** 建档立卡: every status but NOT_REGISTERED. */
    public boolean registered() {
        return status != RegistrationStatus.NOT_REGISTERED;
    }

    public int memberCount() {
        return members.size();
    }

    /** The head of household (户主): the member so related, else the first member; null without members. */
    public Member head() {
        return members.stream().filter(member -> HEAD.equals(member.relation())).findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
    }

    /** Wage + business + property + transfer − business expense, unrounded. */
    public BigDecimal netIncome() {
        return wageIncome.add(businessIncome).add(propertyIncome).add(transferIncome).subtract(businessExpense);
    }

    /** Per-capita net income rounded half-up to 0.01; every income comparison uses this value. */
    public BigDecimal perCapitaNetIncome() {
        if (members.isEmpty()) {
            return netIncome().setScale(2, RoundingMode.HALF_UP);
        }
        return netIncome().divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP);
    }

    /** Household net income as monitoring uses it: the rounded per-capita value times members. */
    public BigDecimal roundedNetIncome() {
        return perCapitaNetIncome().multiply(BigDecimal.valueOf(members.size()));
    }

    /** Any medical costs this year: without them there is no self-paid share to judge. */
    public boolean hasMedicalCosts() {
        return medicalCostTotal.signum() != 0;
    }

    /** The household paid part of its medical costs itself. */
    public boolean paysMedicalCosts() {
        return medicalSelfPaid.signum() > 0;
    }

    /** No household net income to bear medical costs (zero or a loss): any self-pay is then a shock. */
    public boolean withoutNetIncome() {
        return roundedNetIncome().signum() <= 0;
    }

    /** How far the reported per-capita net income is from the computed one; null when none is reported. */
    public BigDecimal reportedIncomeDifference() {
        return reportedPerCapitaNetIncome == null ? null
                : reportedPerCapitaNetIncome.subtract(perCapitaNetIncome()).abs();
    }

    /** Someone in the household can earn; otherwise income support is civil affairs' (兜底). */
    public boolean hasWorkingMember() {
        return members.stream().anyMatch(Member::canWork);
    }

    /**
     * By id alone, which equal records share: the rule engine keys each fact reached with {@code from} by
     * its hash, and hashing every field (decimals, dates, a household's members) cost more than the rule.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
