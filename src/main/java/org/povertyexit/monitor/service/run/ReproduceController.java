package org.povertyexit.monitor.service.run;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit")
public class ReproduceController {

    private final Reproduction reproduction;

    public ReproduceController(Reproduction reproduction) {
        this.reproduction = reproduction;
    }

    @Operation(summary = "Re-evaluate the stored input with the stored rules and parameters",
            description = "Stores nothing; says whether the result (hashes, parameters, report, firings) is identical.")
    @PostMapping("/api/runs/{id}/reproduce")
    public Reproduction.Result reproduce(@PathVariable String id) throws RuleCompilationException, IOException {
        return reproduction.reproduce(id);
    }
}
