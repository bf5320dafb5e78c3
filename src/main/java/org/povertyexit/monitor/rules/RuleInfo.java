package org.povertyexit.monitor.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule of the loaded ruleset and its policy metadata; inference-only rules have no criterion. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleInfo(String name, String file, String criterion, String severity, String department,
                       String source) {
}
