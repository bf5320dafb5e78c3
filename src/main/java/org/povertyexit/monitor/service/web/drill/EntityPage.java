package org.povertyexit.monitor.service.web.drill;

import java.nio.charset.StandardCharsets;
import org.povertyexit.monitor.evaluation.Level;
import org.springframework.web.util.UriUtils;

/**
 * Where the drill-down shows an entity of a run: {@code /runs/ID/households/…}, {@code /villages/…} or
 * {@code /counties/…}, each part encoded. One place for the address, for every page that links to an entity.
 */
public final class EntityPage {

    private EntityPage() {
    }

    public static String address(String runId, Level level, String id) {
        String kind = switch (level) {
            case HOUSEHOLD -> "households";
            case VILLAGE -> "villages";
            case COUNTY -> "counties";
        };
        return "/runs/" + segment(runId) + "/" + kind + "/" + segment(id);
    }

    private static String segment(String text) {
        return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
    }
}
