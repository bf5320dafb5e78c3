package org.povertyexit.monitor.service.firing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.run.FilterValues;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredRun;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "audit", description = "Rule firings, coverage, reproduction and the integrity of the trail")
public class FiringController {

    private static final int MAX_PAGE_SIZE = 1000;

    /** One page of a run's firings, in firing order. */
    public record FiringPage(String runId, int page, int size, long total, List<FiringRecord> firings) {
    }

    /**
     * A rule of the run's ruleset and how often it fired; an evidence rule ({@code evidence}: its
     * criterion) fires only when an entity is explained, not in the run.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleCoverage(String name, String file, String criterion, String evidence, long firings) {
    }

    /**
     * Every rule of the run's ruleset with its firing count; {@code neverFired} lists the rules at 0 that
     * could have fired in the run (not the evidence rules).
     */
    public record Coverage(String runId, int rules, int rulesFired, long firings, List<RuleCoverage> coverage,
                           List<String> neverFired) {
    }

    private final FiringStore firings;
    private final StoredRun stored;
    private final ScopedRuns scoped;
    private final FilterValues filters;

    public FiringController(FiringStore firings, StoredRun stored, ScopedRuns scoped, FilterValues filters) {
        this.filters = filters;
        this.firings = firings;
        this.stored = stored;
        this.scoped = scoped;
    }

    @Operation(summary = "The run's rule firings, filtered and paged (page from 0)")
    @GetMapping("/api/runs/{id}/firings")
    public FiringPage firings(@PathVariable String id, @RequestParam(required = false) String rule,
                              @RequestParam(required = false) String criterion,
                              @RequestParam(required = false) String entity,
                              @RequestParam(required = false) String county,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "100") int size, Principal user) {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        filters.rule(run, rule);
        filters.criterion(run, criterion);
        filters.county(id, county, scope);
        filters.entity(id, entity, scope);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        FiringStore.Filter filter = new FiringStore.Filter(rule, criterion, entity, county, scope);
        return new FiringPage(id, page, size, firings.count(id, filter), firings.page(id, filter, page, size));
    }

    @Operation(summary = "For every rule of the run's ruleset, how often it fired (in the user's counties); "
            + "the rules that never fired")
    @GetMapping("/api/runs/{id}/coverage")
    public Coverage coverage(@PathVariable String id, Principal user) {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        List<RuleInfo> catalog = stored.rules(run).catalog();
        Map<String, Long> counts = firings.countsByRule(id, scope);
        List<RuleCoverage> coverage = catalog.stream().map(rule -> new RuleCoverage(rule.name(), rule.file(),
                rule.criterion(), rule.evidence(), counts.getOrDefault(rule.name(), 0L))).toList();
        List<String> neverFired = coverage.stream().filter(rule -> rule.firings() == 0 && rule.evidence() == null)
                .map(RuleCoverage::name).toList();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        int fired = (int) coverage.stream().filter(rule -> rule.firings() > 0).count();
        return new Coverage(id, catalog.size(), fired, total, coverage, neverFired);
    }
}
