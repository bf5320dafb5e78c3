package org.povertyexit.monitor.service.run;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit")
public class ReproduceController {

    private final Reproduction reproduction;
    private final ScopedRuns scoped;

    public ReproduceController(Reproduction reproduction, ScopedRuns scoped) {
        this.reproduction = reproduction;
        this.scoped = scoped;
    }

    @Operation(summary = "Re-evaluate the stored input with the stored rules and parameters",
            description = "Stores nothing; says whether the result (hashes, parameters, report, firings) is identical.")
    @PostMapping("/api/runs/{id}/reproduce")
    public Reproduction.Result reproduce(@PathVariable String id, Principal user)
            throws RuleCompilationException, IOException {
        scoped.whole(id, CountyScope.of(user));   // it re-evaluates, and counts the firings of, the whole run
        return reproduction.reproduce(id);
    }
}
