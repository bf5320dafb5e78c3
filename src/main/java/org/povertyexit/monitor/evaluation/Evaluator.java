package org.povertyexit.monitor.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.rules.RuleBase;

/**
 * Runs the rules over one county at a time, each in a fresh session that is disposed of afterwards,
 * so memory follows the largest county, not the province.
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
            if (listener != null) {
                session.addEventListener(listener);
            }
            List<RemediationItem> remediation = new ArrayList<>();
            session.setGlobal("remediation", remediation);
            session.insert(new Assessment(meta.assessmentYear(), meta.effectiveAssessmentDate()));
            parameters.facts().forEach(session::insert);
            session.insert(facts.county());
            for (Village village : facts.villages()) {
                session.insert(village);
            }
            for (Household household : facts.households()) {
                session.insert(household);
                for (Member member : household.members()) {
                    session.insert(member);
                }
            }
            long firings = session.fireAllRules();
            return new CountyEvaluation(facts.county().code(), objects(session, CriterionOutcome.class),
                    remediation, objects(session, VillagePoverty.class), objects(session, CountyPoverty.class),
                    firings);
        } finally {
            session.dispose();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> objects(KieSession session, Class<T> type) {
        return (List<T>) new ArrayList<>(session.getObjects(new ClassObjectFilter(type)));
    }
}
