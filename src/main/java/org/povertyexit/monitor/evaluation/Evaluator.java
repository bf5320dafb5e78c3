package org.povertyexit.monitor.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.rules.RuleBase;

/**
 * Runs the rules over one county at a time, each in a fresh session that is disposed of afterwards,
 * so memory follows the largest county, not the province. Members are not facts of their own: rules
 * reach them through their household ({@code from $h.members()}).
 *
 * <p>A session observed by a listener is an audited one: every entity in it is explained, so the
 * evidence rules record what each criterion measured, passed or failed, and the trail holds it.
 */
public final class Evaluator {

    private final RuleBase rules;
    private final Function<String, AgendaEventListener> listenerForCounty;

    public Evaluator(RuleBase rules) {
        this(rules, county -> null);
    }

    /** With a listener per county session (the audit trail records firings through it). */
    public Evaluator(RuleBase rules, Function<String, AgendaEventListener> listenerForCounty) {
        this.rules = rules;
        this.listenerForCounty = listenerForCounty;
    }

    public CountyEvaluation evaluate(Meta meta, CountyFacts facts, ParameterSet parameters) {
        KieSession session = rules.newSession();
        try {
            AgendaEventListener listener = listenerForCounty.apply(facts.county().code());
            boolean explain = listener != null;
            if (explain) {
                session.addEventListener(listener);
            }
            session.insert(new Assessment(meta.assessmentYear(), meta.effectiveAssessmentDate()));
            parameters.facts().forEach(session::insert);
            insert(session, facts.county(), explain);
            for (Village village : facts.villages()) {
                insert(session, village, explain);
            }
            for (Household household : facts.households()) {
                insert(session, household, explain);
            }
            long firings = session.fireAllRules();
            CountyEvaluation evaluation = derived(session, facts.county().code(), firings);
            if (listener instanceof SettledOutcomes trail) {
                trail.settled(evaluation.outcomes());
            }
            return evaluation;
        } finally {
            session.dispose();
        }
    }

    private static void insert(KieSession session, Object entity, boolean explain) {
        session.insert(entity);
        if (explain) {
            session.insert(new Explain(entity));
        }
    }

    private CountyEvaluation derived(KieSession session, String countyCode, long firings) {
        List<Shortfall> shortfalls = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<VillagePoverty> villages = new ArrayList<>();
        List<CountyPoverty> counties = new ArrayList<>();
        for (Object fact : session.getObjects()) {
            if (fact instanceof Shortfall shortfall) {
                shortfalls.add(shortfall);
            } else if (fact instanceof Evidence item) {
                evidence.add(item);
            } else if (fact instanceof VillagePoverty poverty) {
                villages.add(poverty);
            } else if (fact instanceof CountyPoverty poverty) {
                counties.add(poverty);
            }
        }
        List<CriterionOutcome> outcomes = CriterionOutcomes.of(shortfalls, evidence, rules.criteria());
        List<RemediationItem> remediation = outcomes.stream().filter(CriterionOutcome::failed)
                .map(RemediationItem::of).toList();
        return new CountyEvaluation(countyCode, outcomes, remediation, villages, counties, firings);
    }
}
