package org.povertyexit.monitor.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.ExitStatus;

/** An entity whose status or set of failed criteria differs between baseline and scenario. */
public record Flip(Level level, String id, ExitStatus from, ExitStatus to, List<String> criteriaCleared,
                   List<String> criteriaAdded) {

    /** Whether the status itself changed (else only the failed criteria did: NOT_READY with another failure). */
    @JsonProperty(value = "statusChanged", access = JsonProperty.Access.READ_ONLY)
    public boolean statusChanged() {
        return from != to;
    }
}
