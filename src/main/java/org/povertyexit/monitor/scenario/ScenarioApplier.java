package org.povertyexit.monitor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Village;

/**
 * Applies a scenario's changes, in order, to a copy of the baseline facts. Each change must select
 * something and leave valid data; otherwise it is an error naming the change. Every change is tried
 * (a failed one is skipped), so all problems are reported at once. The baseline is never modified.
 */
public final class ScenarioApplier {

    public Dataset apply(Dataset baseline, Scenario scenario) throws InvalidScenarioException {
        if (scenario.changes().isEmpty()) {
            return baseline;
        }
        WorkingFacts facts = new WorkingFacts(baseline);
        List<InputError> problems = new ArrayList<>();
        for (FactChange change : scenario.changes()) {
            try {
                apply(facts, change, scenario.source());
            } catch (InvalidScenarioException e) {
                problems.addAll(e.errors());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return facts.dataset();
    }

    private void apply(WorkingFacts facts, FactChange change, String source) throws InvalidScenarioException {
        List<? extends Record> selected = Selection.of(facts, change);
        if (selected.isEmpty()) {
            throw problem(source, change.path() + ".where", change.describeWhere(),
                    "matches no " + change.level().noun());
        }
        Map<String, Map<String, Object>> changed = new LinkedHashMap<>();
        for (Record entity : selected) {
            changed.put(idOf(entity), changedValues(source, change, entity));
        }
        Reassembly reassembly = new Reassembly(facts, source, change);
        switch (change.level()) {
            case COUNTY -> facts.replaceCounties(reassembly.counties(changed).finish().counties());
            case VILLAGE -> facts.replaceVillages(reassembly.counties(Map.of()).villages(changed).finish().villages());
            case HOUSEHOLD -> facts.replaceHouseholds(reassembly.counties(Map.of()).villages(Map.of())
                    .households(selected.stream().map(Household.class::cast).toList(), changed, Map.of())
                    .finish().households());
            case MEMBER -> {
                Map<String, Household> touched = new LinkedHashMap<>();
                selected.forEach(m -> touched.putIfAbsent(((Member) m).householdId(),
                        facts.household(((Member) m).householdId())));
                facts.replaceHouseholds(reassembly.counties(Map.of()).villages(Map.of())
                        .households(touched.values(), Map.of(), changed).finish().households());
            }
        }
    }

    private static Map<String, Object> changedValues(String source, FactChange change, Record entity)
            throws InvalidScenarioException {
        Map<String, Object> values = EntityValues.of(entity, change.level().schema());
        for (String field : change.arithmeticFields()) {
            if (values.get(field) == null) {
                throw problem(source, change.path(), null, change.level().noun() + " " + idOf(entity)
                        + " has no " + field + " to scale or add to");
            }
        }
        try {
            change.applyTo(values);
        } catch (ArithmeticException e) {
            throw problem(source, change.path(), null, "result out of range for " + change.level().noun() + " "
                    + idOf(entity));
        }
        return values;
    }

    private static String idOf(Record entity) {
        if (entity instanceof County county) {
            return county.code();
        }
        if (entity instanceof Village village) {
            return village.code();
        }
        if (entity instanceof Household household) {
            return household.id();
        }
        return ((Member) entity).id();
    }

    private static InvalidScenarioException problem(String source, String path, String value, String reason) {
        return new InvalidScenarioException(List.of(InputError.error(source, null, path, value, reason)));
    }
}
