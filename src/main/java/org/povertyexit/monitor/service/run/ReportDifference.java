package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Two reports read side by side, token by token, so that a province's report is compared without being
 * held: which top-level sections differ. Whitespace is not content; the run's id, start time and
 * duration are the only fields two runs of one input may differ in, and are skipped.
 */
final class ReportDifference {

    private static final Set<String> RUN_TIMING = Set.of("id", "startedAt", "durationMs");
    /**
     * The names reports give beside codes, for people: taken from the input (which the input hash
     * covers), and absent from reports stored before they were added, which must still reproduce.
     */
    private static final Set<String> NAMES = Set.of("name", "villageName", "countyName");

    private ReportDifference() {
    }

    /** The top-level sections ("run", "households", …) in which the two reports differ; empty when equal. */
    static List<String> sections(InputStream stored, InputStream reproduced) throws IOException {
        List<String> differing = new ArrayList<>();
        try (JsonParser a = StoredJson.MAPPER.createParser(stored);
             JsonParser b = StoredJson.MAPPER.createParser(reproduced)) {
            String section = null;
            for (JsonToken ta = next(a), tb = next(b); ta != null || tb != null; ta = next(a), tb = next(b)) {
                int depth = a.getParsingContext().getNestingDepth();
                if (ta == JsonToken.FIELD_NAME && depth == 1) {
                    section = a.currentName();
                }
                if ("run".equals(section) && ta == JsonToken.FIELD_NAME && tb == JsonToken.FIELD_NAME && depth == 2
                        && RUN_TIMING.contains(a.currentName()) && a.currentName().equals(b.currentName())) {
                    a.nextToken();
                    a.skipChildren();
                    b.nextToken();
                    b.skipChildren();
                    continue;
                }
                if (ta != tb || (ta != null && ta.isScalarValue() || ta == JsonToken.FIELD_NAME)
                        && !Objects.equals(a.getText(), b.getText())) {
                    differing.add(section == null ? "report" : section);
                    break;   // the two streams are out of step from here on
                }
            }
        }
        return differing;
    }

    /** The next token, past any name field of an entity. */
    private static JsonToken next(JsonParser json) throws IOException {
        JsonToken token = json.nextToken();
        while (token == JsonToken.FIELD_NAME && json.getParsingContext().getNestingDepth() > 1
                && NAMES.contains(json.currentName())) {
            json.nextToken();
            json.skipChildren();
            token = json.nextToken();
        }
        return token;
    }
}
