package org.povertyexit.monitor.service.firing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import org.povertyexit.monitor.evaluation.CriterionOutcome;
import org.povertyexit.monitor.evaluation.Evidence;
import org.povertyexit.monitor.evaluation.SettledOutcomes;
import org.povertyexit.monitor.evaluation.Shortfall;

/**
 * Listens to one county session: every firing becomes a {@link FiringRecord}. It watches the session's
 * insertions, so a check's record carries the shortfall or evidence its consequence derived, and
 * deletions, so one that truth maintenance withdrew is marked superseded. When the session has settled,
 * the record behind each criterion's outcome (its first failing check, or its evidence when it passed)
 * is given that outcome. The county's records are therefore kept until the session ends, numbered from 1
 * within the county; the run numbers them in turn when the county's place in it is known.
 */
final class CountyFiringRecorder extends DefaultAgendaEventListener
        implements RuleRuntimeEventListener, SettledOutcomes {

    private final List<FiringRecord> records = new ArrayList<>();
    private final Map<Object, Integer> standing = new IdentityHashMap<>();
    private Object inserted;
    private boolean watchingInsertions;

    CountyFiringRecorder() {
    }

    List<FiringRecord> records() {
        return records;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (!watchingInsertions) {
            // facts inserted before the first firing are input, not derived: watching starts here
            event.getKieRuntime().addEventListener((RuleRuntimeEventListener) this);
            watchingInsertions = true;
        }
        inserted = null;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Rule rule = match.getRule();
        List<Object> facts = new ArrayList<>(match.getObjects());
        StringJoiner factIds = new StringJoiner(",");
        facts.forEach(fact -> factIds.add(FactDescription.of(fact)));
        String values = RuleValues.json(match, facts);
        FiringRecord record;
        if (inserted instanceof Shortfall s) {
            record = FiringRecord.check(records.size() + 1, rule.getName(), s, factIds.toString(), values);
            standing.put(s, records.size());
        } else if (inserted instanceof Evidence e) {
            record = FiringRecord.evidence(records.size() + 1, rule.getName(), e, factIds.toString(), values);
            standing.put(e, records.size());
        } else {
            FactDescription.Entity entity = facts.stream().map(FactDescription::entity)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            record = new FiringRecord(records.size() + 1, rule.getName(), metadata(rule, "criterion"),
                    metadata(rule, "severity"), entity == null ? null : entity.level().name(),
                    entity == null ? null : entity.id(), null, null, null, null, null, null, null, null, false,
                    factIds.toString(), values);
        }
        records.add(record);
        inserted = null;
    }

    /** The record behind each outcome: the firing that derived the fact it was read from. */
    @Override
    public void settled(List<CriterionOutcome> outcomes) {
        for (CriterionOutcome outcome : outcomes) {
            Integer index = standing.get(outcome.basis());
            if (index != null) {
                records.set(index, records.get(index).withOutcome(outcome));
            }
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        if (event.getRule() != null && (fact instanceof Shortfall || fact instanceof Evidence)) {
            inserted = fact;
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Integer index = standing.remove(event.getOldObject());
        if (index != null) {
            records.set(index, records.get(index).supersede());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // rules here only insert and withdraw derived facts; an update carries nothing the trail needs
    }

    private static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
