package org.povertyexit.monitor.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A rule of the loaded ruleset and its policy metadata; inference-only rules have no criterion. An
 * evidence rule names the criterion whose measure it records ({@code evidence}); it fires only for an
 * entity being explained.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleInfo(String name, String file, String criterion, String severity, String department,
                       String source, String evidence) {
}
