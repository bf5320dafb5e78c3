package org.povertyexit.monitor.service.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.povertyexit.monitor.service.firing.TrailJson;

/**
 * Why an entity has its result: every criterion that applies to it, passed or failed, with what was
 * measured, the threshold and the parameter it came from (value, effective date, source, verified,
 * and {@code counties} when a local policy of the entity's county set it), {@code parameterScope} saying in
 * words whether that value is the default or whose local policy it is, the rule and its file, and the
 * firings behind it. {@code answer} says it in one sentence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Explanation(String runId, String level, String entityId, String status, List<String> failed,
                          String answer, List<Criterion> criteria, List<FiringRecord> otherFirings,
                          Replay replay) {

    /**
     * How the evidence of the passed criteria was obtained ({@code evidenceFrom}): {@code "trail"}, where
     * the run recorded it (a county's), or {@code "replay"}, the entity evaluated again from the run's
     * stored facts, rules and parameters, its evidence firings numbered within the replay; whether the
     * replay's other firings are exactly those of the trail (always so for the trail's own).
     */
    public record Replay(String evidenceFrom, boolean matchesTrail, int evidenceFirings) {
    }

    /** One criterion as it stood at the end of the run for this entity. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Criterion(String criterion, String name, String severity, boolean passed,
                            @JsonSerialize(using = TrailJson.Decimal.class) String measured,
                            @JsonSerialize(using = TrailJson.Decimal.class) String threshold,
                            @JsonSerialize(using = TrailJson.Decimal.class) String gap, String unit, String message,
                            String department,
                            EffectiveParameter parameter, String parameterScope, RuleInfo rule,
                            List<FiringRecord> firings) {
    }
}
