package org.povertyexit.monitor.service.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit")
public class AuditController {

    private final ChainVerifier verifier;

    public AuditController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Operation(summary = "Walk the chain of runs and report the first break (a changed, removed or inserted row)")
    @GetMapping("/api/audit/verify")
    public ChainVerifier.Verification verify() {
        return verifier.verify();
    }
}
