package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;

/**
 * The entities a change's {@code where} selects: every listed field must equal one of its given
 * values (numbers compare by value, so 20 equals 20.00); an empty {@code where} selects the whole level.
 * Derived selectors ({@link ChangeLevel}) resolve through the owning village or household.
 */
final class Selection {

    private Selection() {
    }

    static List<? extends Record> of(WorkingFacts facts, FactChange change) {
        Stream<? extends Record> candidates = switch (change.level()) {
            case COUNTY -> facts.counties().stream();
            case VILLAGE -> facts.villages().stream();
            case HOUSEHOLD -> facts.households().stream();
            case MEMBER -> facts.households().stream().flatMap(household -> household.members().stream());
        };
        return candidates.filter(entity -> matches(facts, change, entity)).toList();
    }

    private static boolean matches(WorkingFacts facts, FactChange change, Record entity) {
        for (Map.Entry<String, List<Object>> condition : change.where().entrySet()) {
            Object actual = value(facts, change.level(), entity, condition.getKey());
            if (condition.getValue().stream().noneMatch(wanted -> same(wanted, actual))) {
                return false;
            }
        }
        return true;
    }

    private static Object value(WorkingFacts facts, ChangeLevel level, Record entity, String field) {
        if (!level.isDerived(field)) {
            return EntityValues.get(entity, level.schema(), field);
        }
        Household household = entity instanceof Member member ? facts.household(member.householdId())
                : (Household) entity;
        return field.equals("villageCode") ? household.villageCode() : facts.countyOf(household.villageCode());
    }

    private static boolean same(Object wanted, Object actual) {
        if (wanted instanceof BigDecimal a && actual instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(wanted, actual);
    }
}
