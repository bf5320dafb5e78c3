package org.povertyexit.monitor.service.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.rules.RuleSource;
import org.povertyexit.monitor.service.audit.ChainLinks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "rule sets", description = "The rules in force: every set put in force, and a new one by upload")
public class RuleSetController {

    /** A rule set is a few hundred kilobytes; an upload many times that is not one. */
    private static final long MOST_BYTES = 5L << 20;

    /** Every activation, oldest first (the last is in force), and whether their chain is intact. */
    public record RuleSets(ChainLinks.Verification verification, List<RuleSetActivation> activations) {
    }

    private final CurrentRules rules;
    private final RuleSetLog log;

    public RuleSetController(CurrentRules rules, RuleSetLog log) {
        this.rules = rules;
        this.log = log;
    }

    @Operation(summary = "Put a new rule set in force (administrators)",
            description = "Multipart field 'file': a zip of the rules folder (DRL files, parameters/, tests/). Its "
                    + "rules are compiled and every test case under tests/ is run: 201 with the activation when all "
                    + "pass; 422 with each problem (file:line, or the failing case and what differed) otherwise, "
                    + "and the set in force stays.")
    @PostMapping(value = "/api/rule-sets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<RuleSetActivation> upload(@RequestPart("file") MultipartFile file, Principal user)
            throws IOException, RuleSetRejectedException {
        if (file.getSize() > MOST_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "a rule set zip is at most "
                    + (MOST_BYTES >> 20) + " MB");
        }
        Map<String, String> files;
        try (InputStream zip = file.getInputStream()) {
            files = RuleSetZip.read(zip);
        }
        RuleSetActivation activation = rules.upload(new RuleSource("uploaded by " + user.getName(), files),
                user.getName());
        return ResponseEntity.created(URI.create("/api/rule-sets")).body(activation);
    }

    @Operation(summary = "Every rule set put in force, oldest first (the last is in force), and whether the "
            + "chain of activations is intact")
    @GetMapping("/api/rule-sets")
    public RuleSets list() {
        return new RuleSets(log.verify(), log.all());
    }

    @ExceptionHandler(RuleSetRejectedException.class)
    public ResponseEntity<Map<String, Object>> rejected(RuleSetRejectedException e) {
        return ResponseEntity.unprocessableEntity().body(Map.of("error", "the rule set was rejected; the rule set "
                + "in force stays", "problems", e.problems()));
    }
}
