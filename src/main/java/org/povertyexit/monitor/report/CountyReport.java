package org.povertyexit.monitor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.RegistrationStatus;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.evaluation.CountyEvaluation;
import org.povertyexit.monitor.evaluation.CountyPoverty;
import org.povertyexit.monitor.evaluation.CriterionOutcome;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Ratio;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.evaluation.VillagePoverty;
import org.povertyexit.monitor.remediation.RemediationItem;

/**
 * One county's part of the report: the results of its households, villages and the county itself, and
 * its remediation items, made as soon as its session ends so that outcomes need not outlive it.
 */
public record CountyReport(List<HouseholdResult> households, List<VillageResult> villages, CountyResult county,
                           List<RemediationItem> remediation) {

    /** One county's outcomes by entity. */
    private record CountyOutcomes(Map<String, List<CriterionOutcome>> byEntity, Map<String, VillagePoverty> villages,
                                  Map<String, CountyPoverty> counties) {

        static CountyOutcomes of(CountyEvaluation evaluation) {
            Map<String, List<CriterionOutcome>> byEntity = new HashMap<>();
            for (CriterionOutcome outcome : evaluation.outcomes()) {
                byEntity.computeIfAbsent(outcome.level() + "/" + outcome.entityId(), k -> new ArrayList<>())
                        .add(outcome);
            }
            Map<String, VillagePoverty> villages = new HashMap<>();
            evaluation.villagePoverty().forEach(p -> villages.put(p.villageCode(), p));
            Map<String, CountyPoverty> counties = new HashMap<>();
            evaluation.countyPoverty().forEach(p -> counties.put(p.countyCode(), p));
            return new CountyOutcomes(byEntity, villages, counties);
        }

        List<CriterionOutcome> of(Level level, String id) {
            List<CriterionOutcome> list = new ArrayList<>(byEntity.getOrDefault(level + "/" + id, List.of()));
            list.sort(Comparator.comparing(CriterionOutcome::criterion));
            return list;
        }
    }

    public static CountyReport of(CountyFacts facts, CountyEvaluation evaluation) {
        CountyOutcomes outcomes = CountyOutcomes.of(evaluation);
        Map<String, String> villageNames = new HashMap<>();
        facts.villages().forEach(village -> villageNames.put(village.code(), village.name()));
        return new CountyReport(facts.households().stream()
                .map(household -> household(household, villageNames.get(household.villageCode()), outcomes)).toList(),
                facts.villages().stream().map(village -> village(village, facts.county().name(), outcomes)).toList(),
                county(facts.county(), outcomes), List.copyOf(evaluation.remediation()));
    }

    private static HouseholdResult household(Household household, String villageName, CountyOutcomes outcomes) {
        List<CriterionOutcome> own = outcomes.of(Level.HOUSEHOLD, household.id());
        List<String> failed = codes(own, Severity.BLOCKING);
        ExitStatus status;
        if (household.status() == RegistrationStatus.NOT_REGISTERED) {
            status = ExitStatus.NOT_APPLICABLE;
        } else if (household.status() == RegistrationStatus.EXITED) {
            status = failed.isEmpty() ? ExitStatus.STABLE : ExitStatus.WRONG_EXIT_RISK;
        } else {
            status = failed.isEmpty() ? ExitStatus.EXIT_READY : ExitStatus.NOT_READY;
        }
        return new HouseholdResult(household.id(), household.villageCode(), villageName, status,
                household.perCapitaNetIncome(), failed, codes(own, Severity.MONITOR), codes(own, Severity.COMPLIANCE),
                flags(own));
    }

    private static VillageResult village(Village village, String countyName, CountyOutcomes outcomes) {
        List<CriterionOutcome> own = outcomes.of(Level.VILLAGE, village.code());
        List<String> failed = codes(own, Severity.BLOCKING);
        ExitStatus status = !village.povertyVillage() ? ExitStatus.NOT_APPLICABLE
                : failed.isEmpty() ? ExitStatus.EXIT_READY : ExitStatus.NOT_READY;
        int poor = Optional.ofNullable(outcomes.villages().get(village.code())).map(VillagePoverty::projectedPoor)
                .orElse(0);
        return new VillageResult(village.code(), village.name(), village.countyCode(), countyName, status, failed,
                Ratio.rate(poor, village.registeredPopulation()), poor, flags(own));
    }

    private static CountyResult county(County county, CountyOutcomes outcomes) {
        List<CriterionOutcome> own = outcomes.of(Level.COUNTY, county.code());
        List<String> failed = codes(own, Severity.BLOCKING);
        Optional<CountyPoverty> poverty = Optional.ofNullable(outcomes.counties().get(county.code()));
        int poor = poverty.map(CountyPoverty::projectedPoor).orElse(0);
        // the rates the C- rules compare, null where a denominator is 0 ("no sample")
        CountyResult.Rates rates = new CountyResult.Rates(
                Ratio.rate(poverty.map(CountyPoverty::comprehensivePoor).orElse(0), county.ruralPopulation()),
                Ratio.rate(county.wrongExitPersons(), county.sampledExitedPersons()),
                Ratio.rate(county.missedPersons(), county.sampledNonRegisteredPersons()),
                Ratio.rate(county.recognizingHouseholds(), county.surveyedHouseholds()));
        return new CountyResult(county.code(), county.name(), failed.isEmpty() ? ExitStatus.EXIT_READY
                : ExitStatus.NOT_READY,
                failed, rates, poor, flags(own));
    }

    private static List<String> codes(List<CriterionOutcome> outcomes, Severity severity) {
        if (outcomes.isEmpty()) {
            return List.of(); // most households: no stream set up for nothing
        }
        return outcomes.stream().filter(o -> o.failed() && o.severity() == severity)
                .map(CriterionOutcome::criterion).distinct().toList();
    }

    private static List<Flag> flags(List<CriterionOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        return outcomes.stream().filter(CriterionOutcome::failed).map(Flag::of).toList();
    }

    /** The village of each remediation item, in list order: a household's, a village's own, none for the county. */
    public List<String> itemVillages() {
        Map<String, String> villageOf = new HashMap<>();
        households.forEach(h -> villageOf.put(h.id(), h.villageCode()));
        List<String> villages = new ArrayList<>(remediation.size());
        for (RemediationItem item : remediation) {
            villages.add(switch (item.level()) {
                case HOUSEHOLD -> villageOf.get(item.entityId());
                case VILLAGE -> item.entityId();
                case COUNTY -> null;
            });
        }
        return villages;
    }
}
