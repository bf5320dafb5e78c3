package org.povertyexit.monitor.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.povertyexit.monitor.dataset.Health;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.MainCause;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.PovertyAttribute;
import org.povertyexit.monitor.dataset.RegistrationStatus;

/**
 * Turns a profile into a household whose values fail exactly the profile's faults. Beside the
 * criteria it adds what compliance and monitoring look at: industry subsidies (a few above the 5000
 * cap), a reported per-capita income that now and then disagrees with the components, serious-illness
 * shocks in exited and ordinary households.
 */
final class HouseholdFactory {

    private static final MainCause[] OTHER_CAUSES = {MainCause.LACK_FUNDS, MainCause.LACK_FUNDS,
            MainCause.LACK_SKILLS, MainCause.LACK_SKILLS, MainCause.LACK_LABOUR, MainCause.LACK_WATER,
            MainCause.SCHOOLING, MainCause.LACK_LAND, MainCause.DISASTER, MainCause.POOR_TRANSPORT,
            MainCause.LACK_DRIVE};

    private final MemberFactory members;
    private final IncomeComposer incomes = new IncomeComposer();
    private final LivingConditions living = new LivingConditions();
    private final MedicalCosts medical = new MedicalCosts();

    HouseholdFactory(LocalDate assessmentDate) {
        this.members = new MemberFactory(assessmentDate);
    }

    Household build(SplittableRandom random, String id, VillageDesign village, HouseholdProfile profile) {
        List<Member> people = members.members(random, id, village.countyCode(), profile);
        boolean hasWorker = people.stream().anyMatch(Member::canWork);
        boolean ill = people.stream().anyMatch(m -> m.health() == Health.SERIOUS || m.health() == Health.CHRONIC);
        boolean seriousIllness = people.stream().anyMatch(m -> m.health() == Health.SERIOUS);
        PovertyAttribute attribute = attribute(random, profile, hasWorker);
        MainCause cause = profile.registered() ? cause(random, people, ill) : null;
        long net = incomes.netIncome(random, profile);
        IncomeComposer.Income income = incomes.compose(random, net, hasWorker, attribute);
        BigDecimal perCapita = BigDecimal.valueOf(net).divide(BigDecimal.valueOf(profile.size()), 2, RoundingMode.HALF_UP);
        boolean shockable = profile.status() == RegistrationStatus.EXITED
                || profile.status() == RegistrationStatus.NOT_REGISTERED;
        boolean shock = shockable && random.nextDouble() < 0.03;
        MedicalCosts.Costs costs = medical.costs(random, profile, seriousIllness,
                perCapita.multiply(BigDecimal.valueOf(profile.size())), shock);
        LivingConditions.Housing housing = living.housing(random, profile.has(Fault.HOUSING));
        LivingConditions.Water water = living.water(random, profile.has(Fault.WATER), village.waterScarce());
        boolean foodFault = profile.has(Fault.FOOD_CLOTHING);
        double foodDraw = random.nextDouble();
        return new Household(id, village.code(), profile.status(), attribute, cause,
                income.wage(), income.business(), income.property(), income.transfer(), income.expense(),
                reported(random, perCapita), !(foodFault && foodDraw < 0.7), !(foodFault && foodDraw >= 0.4),
                housing.grade(), housing.relocated(), housing.keysReceived(),
                water.litersPerDay(), water.piped(), water.roundTripMinutes(), water.outageDays(), water.qualityOk(),
                costs.total(), costs.selfPaid(), subsidy(random, profile), people);
    }

    private static PovertyAttribute attribute(SplittableRandom random, HouseholdProfile profile, boolean hasWorker) {
        if (!profile.registered()) {
            return null;
        }
        double draw = random.nextDouble();
        if (!hasWorker) {
            return profile.size() == 1 && draw < 0.5 ? PovertyAttribute.TEKUN : PovertyAttribute.DIBAO;
        }
        return draw < 0.8 ? PovertyAttribute.GENERAL : PovertyAttribute.DIBAO;
    }

    private static MainCause cause(SplittableRandom random, List<Member> people, boolean ill) {
        double draw = random.nextDouble();
        if (ill && draw < 0.6) {
            return MainCause.ILLNESS;
        }
        if (people.stream().anyMatch(m -> m.health() == Health.DISABLED) && draw < 0.8) {
            return MainCause.DISABILITY;
        }
        return OTHER_CAUSES[random.nextInt(OTHER_CAUSES.length)];
    }

    /** Mostly the computed value or its whole-yuan truncation; 3% disagree by more than a yuan; some blank. */
    private static BigDecimal reported(SplittableRandom random, BigDecimal perCapita) {
        double draw = random.nextDouble();
        if (draw < 0.12) {
            return null;
        }
        if (draw < 0.15) {
            BigDecimal off = BigDecimal.valueOf(2 + random.nextInt(1500));
            boolean below = random.nextBoolean() && perCapita.compareTo(off.add(BigDecimal.valueOf(100))) > 0;
            return (below ? perCapita.subtract(off) : perCapita.add(off)).setScale(2);
        }
        return draw < 0.3 ? perCapita.setScale(0, RoundingMode.FLOOR).setScale(2) : perCapita;
    }

    /** Industry support (产业扶持) for most registered households, usually in 1000s up to the cap. */
    private static BigDecimal subsidy(SplittableRandom random, HouseholdProfile profile) {
        double draw = random.nextDouble();
        if (!profile.registered() || draw < 0.35) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (draw < 0.37) {
            return BigDecimal.valueOf(Targets.INDUSTRY_SUBSIDY_MAX + 500L * (1 + random.nextInt(14))).setScale(2);
        }
        return BigDecimal.valueOf(1000L * (1 + random.nextInt(Targets.INDUSTRY_SUBSIDY_MAX / 1000))).setScale(2);
    }
}
