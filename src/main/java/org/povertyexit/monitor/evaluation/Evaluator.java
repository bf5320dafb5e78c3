package org.povertyexit.monitor.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.povertyexit.monitor.dataset.County;
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
 * <p>An entity is explained only when asked ({@code explained}): an {@link Explain} fact then lets the
 * evidence rules record what each criterion measured for it, passed or failed. A run explains its
 * counties alone ({@link #COUNTIES}); explaining a household or village replays it with the run's facts,
 * rules and parameters.
 *
 * <p>Each session holds the parameter values of its county ({@link ParameterSet#forCounty}), so the
 * rules match plain {@code Parameter} facts and know nothing of local policies.
 */
public final class Evaluator {

    /**
     * What a run explains: every county and nothing else. A county's evidence costs a run four firings a
     * county, while a replay of it afterwards would evaluate all of its households again; a household's
     * or village's evidence would cost every household, and its replay needs little.
     */
    public static final Predicate<Object> COUNTIES = entity -> entity instanceof County;

    private final RuleBase rules;
    private final Function<String, AgendaEventListener> listenerForCounty;
    private final Predicate<Object> explained;

    public Evaluator(RuleBase rules) {
        this(rules, county -> null, entity -> false);
    }

    /**
     * With a listener per county session (the audit trail records firings through it), explaining the
     * entities (county, village, household facts) that {@code explained} accepts.
     */
    public Evaluator(RuleBase rules, Function<String, AgendaEventListener> listenerForCounty,
                     Predicate<Object> explained) {
        this.rules = rules;
        this.listenerForCounty = listenerForCounty;
        this.explained = explained;
    }

    public CountyEvaluation evaluate(Meta meta, CountyFacts facts, ParameterSet parameters) {
        KieSession session = rules.newSession();
        try {
            AgendaEventListener listener = listenerForCounty.apply(facts.county().code());
            if (listener != null) {
                session.addEventListener(listener);
            }
            session.insert(new Assessment(meta.assessmentYear(), meta.effectiveAssessmentDate()));
            // a county takes its local policies' values where it has them, the defaults elsewhere
            parameters.forCounty(facts.county().code()).facts().forEach(session::insert);
            insert(session, facts.county());
            for (Village village : facts.villages()) {
                insert(session, village);
            }
            for (Household household : facts.households()) {
                insert(session, household);
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

    private void insert(KieSession session, Object entity) {
        session.insert(entity);
        if (explained.test(entity)) {
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
