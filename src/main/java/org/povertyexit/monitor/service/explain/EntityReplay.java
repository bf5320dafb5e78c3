package org.povertyexit.monitor.service.explain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AgendaEventListener;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.evaluation.Evaluator;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.firing.FiringBlock;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.povertyexit.monitor.service.firing.RunFirings;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.StoredAssessments;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.run.StoredCountyFacts;
import org.springframework.stereotype.Component;

/**
 * What a run's evidence rules say about one entity, obtained when it is asked for: the entity's county
 * is evaluated again from what the run stored (its facts, rules and parameters) with that entity
 * explained. A run explains its counties alone, so no household pays for evidence that nobody reads. A
 * household's criteria look at the household, its village and the parameters only, so a household is
 * replayed with those alone; a village with its own households; a county (of a run stored before runs
 * recorded their counties' evidence) needs all of its facts. The replay is checked against the trail: the
 * entity's other firings must be those the run stored.
 */
@Component
public class EntityReplay {

    /**
     * The entity's firings in the replay (numbered within it), whether they agree with the trail, and the
     * county it belongs to (whose parameter values it was held to).
     */
    public record Replayed(List<FiringRecord> firings, boolean matchesTrail, String countyCode) {
    }

    private final StoredCounties counties;
    private final StoredCountyFacts facts;
    private final StoredAssessments assessments;

    public EntityReplay(StoredCounties counties, StoredCountyFacts facts, StoredAssessments assessments) {
        this.counties = counties;
        this.facts = facts;
        this.assessments = assessments;
    }

    /** Replays the entity with the run's effective parameters ({@code parameters}, as it stored them). */
    public Replayed of(RunRecord run, Level level, String id, List<FiringRecord> trail,
                       ParameterSet parameters) throws RuleCompilationException {
        int position = counties.positionOf(run.id(), level, id).orElseThrow();
        Dataset county = switch (level) {
            case HOUSEHOLD -> facts.household(run.id(), id, position);
            case VILLAGE -> facts.village(run.id(), id, position);
            case COUNTY -> facts.input(run.id(), position);
        };
        CountyFacts replayed = county.byCounty().get(0);
        ExitAssessment assessment = assessments.of(run);
        RunFirings replay = new RunFirings();
        String code = replayed.county().code();
        AgendaEventListener listener = replay.listener(code);
        new Evaluator(assessment.rules(), c -> listener, entity -> is(entity, level, id))
                .evaluate(county.meta(), replayed, parameters);
        List<FiringRecord> firings = FiringBlock.decode(replay.evaluated(code).deflated(), 1, id).stream()
                .filter(f -> level.name().equals(f.level())).toList();
        Set<String> evidenceRules = assessment.rules().rules().stream().filter(rule -> rule.evidence() != null)
                .map(RuleInfo::name).collect(Collectors.toSet());
        return new Replayed(firings, checks(firings, evidenceRules).equals(checks(trail, evidenceRules)), code);
    }

    /** The firings other than evidence, as text without their numbers: what the replay must repeat. */
    private static List<String> checks(List<FiringRecord> firings, Set<String> evidenceRules) {
        return firings.stream().filter(f -> !evidenceRules.contains(f.rule()))
                .map(FiringRecord::canonicalFields).sorted().toList();
    }

    private static boolean is(Object entity, Level level, String id) {
        return switch (level) {
            case HOUSEHOLD -> entity instanceof Household h && h.id().equals(id);
            case VILLAGE -> entity instanceof Village v && v.code().equals(id);
            case COUNTY -> entity instanceof County c && c.code().equals(id);
        };
    }
}
