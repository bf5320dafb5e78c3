package org.povertyexit.monitor.service.web.policy;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * Where a rule is shown: its file's page, at the rule's anchor, of the rule set in force or of a run's
 * (a run's rules are the ones it was evaluated with, which may since have changed). Other pages link
 * rules through here, so every link lands where the rules page put the anchor.
 */
public final class RuleLinks {

    private RuleLinks() {
    }

    /** The id of a rule's declaration on its file's page: its name, whitespace made underscores. */
    public static String anchor(String rule) {
        return rule.strip().replaceAll("\\s+", "_");
    }

    /** The rule's place on its file's page; the rules page itself when its file is not known. */
    public static String rule(String file, String rule, String runId) {
        if (file == null) {
            return rules(runId);
        }
        return "/rules/" + UriUtils.encodePath(file, StandardCharsets.UTF_8) + ofRun(runId) + "#"
                + UriUtils.encodeFragment(anchor(rule), StandardCharsets.UTF_8);
    }

    /** The rules page. */
    public static String rules(String runId) {
        return "/rules" + ofRun(runId);
    }

    /** A rule file's page. */
    public static String file(String file, String runId) {
        return "/rules/" + UriUtils.encodePath(file, StandardCharsets.UTF_8) + ofRun(runId);
    }

    /** A parameter's place on the parameters page. */
    public static String parameter(String name, String runId) {
        return "/parameters" + ofRun(runId) + "#" + UriUtils.encodeFragment(name, StandardCharsets.UTF_8);
    }

    private static String ofRun(String runId) {
        return runId == null ? "" : "?run=" + UriUtils.encodeQueryParam(runId, StandardCharsets.UTF_8);
    }
}
