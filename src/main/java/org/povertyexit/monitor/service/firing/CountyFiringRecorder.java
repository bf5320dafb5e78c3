package org.povertyexit.monitor.service.firing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Listens to one county session: every firing becomes a {@link FiringRecord}. It also watches the
 * session's insertions, so a criterion rule's record carries the outcome its consequence derived,
 * and deletions, so an outcome that truth maintenance withdrew is marked superseded. The county's
 * records are therefore kept until the session ends.
 */
final class CountyFiringRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final RunFirings run;
    private final List<FiringRecord> records = new ArrayList<>();
    private final Map<CriterionOutcome, Integer> standing = new IdentityHashMap<>();
    private CriterionOutcome inserted;
    private boolean watchingInsertions;

    CountyFiringRecorder(RunFirings run) {
        this.run = run;
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
        String criterion = metadata(rule, "criterion");
        String severity = metadata(rule, "severity");
        FiringRecord record;
        if (inserted != null) {
            CriterionOutcome o = inserted;
            record = new FiringRecord(run.nextSeq(), rule.getName(), o.criterion(), o.severity().name(),
                    o.level().name(), o.entityId(), o.passed(), plain(o.measured()), plain(o.threshold()),
                    o.parameter(), o.department() == null ? null : o.department().name(), plain(o.gap()), o.unit(),
                    o.message(), false, factIds.toString(), values);
            standing.put(o, records.size());
        } else {
            FactDescription.Entity entity = facts.stream().map(FactDescription::entity)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            record = new FiringRecord(run.nextSeq(), rule.getName(), criterion, severity,
                    entity == null ? null : entity.level().name(), entity == null ? null : entity.id(),
                    null, null, null, null, null, null, null, null, false, factIds.toString(), values);
        }
        records.add(record);
        inserted = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && event.getObject() instanceof CriterionOutcome outcome) {
            inserted = outcome;
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof CriterionOutcome outcome) {
            Integer index = standing.remove(outcome);
            if (index != null) {
                records.set(index, records.get(index).supersede());
            }
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // rules here only insert and withdraw outcomes; an update carries nothing the trail needs
    }

    private static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
