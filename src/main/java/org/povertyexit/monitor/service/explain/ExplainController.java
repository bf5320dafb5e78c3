package org.povertyexit.monitor.service.explain;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "explain", description = "Why an entity has its result")
public class ExplainController {

    private final Explainer explainer;
    private final ScopedRuns scoped;

    public ExplainController(Explainer explainer, ScopedRuns scoped) {
        this.explainer = explainer;
        this.scoped = scoped;
    }

    @Operation(summary = "Every criterion that applies to the entity, passed or failed, with value, threshold, "
            + "parameter provenance, rule and file, and the firings behind it",
            description = "level: household, village or county")
    @GetMapping("/api/runs/{id}/explain/{level}/{entityId}")
    public Explanation explain(@PathVariable String id, @PathVariable String level, @PathVariable String entityId,
                               @RequestParam(required = false) String lang,
                               @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted,
                               Principal user) throws RuleCompilationException {
        scoped.entity(id, Explainer.level(level), entityId, CountyScope.of(user));
        return explainer.explain(id, level, entityId, Labels.of(Language.asked(lang, accepted)));
    }
}
