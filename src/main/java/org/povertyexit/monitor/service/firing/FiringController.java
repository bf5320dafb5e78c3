package org.povertyexit.monitor.service.firing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A run's firings and coverage through the API; the auditors' pages read them through the same classes. */
@RestController
@Tag(name = "audit", description = "Rule firings, coverage, reproduction and the integrity of the trail")
public class FiringController {

    private final FiringSearch search;
    private final RunCoverage coverage;

    public FiringController(FiringSearch search, RunCoverage coverage) {
        this.search = search;
        this.coverage = coverage;
    }

    @Operation(summary = "The run's rule firings, filtered and paged (page from 0)")
    @GetMapping("/api/runs/{id}/firings")
    public FiringSearch.FiringPage firings(@PathVariable String id, @RequestParam(required = false) String rule,
                                           @RequestParam(required = false) String criterion,
                                           @RequestParam(required = false) String entity,
                                           @RequestParam(required = false) String county,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "100") int size, Principal user) {
        return search.search(id, new FiringSearch.Query(rule, criterion, entity, county, page, size),
                CountyScope.of(user));
    }

    @Operation(summary = "For every rule of the run's ruleset, how often it fired (in the user's counties); "
            + "the rules that never fired")
    @GetMapping("/api/runs/{id}/coverage")
    public RunCoverage.Coverage coverage(@PathVariable String id, Principal user) {
        return coverage.of(id, CountyScope.of(user));
    }
}
