package org.povertyexit.monitor.scenario;

import java.util.List;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.ExitStatus;

/** An entity whose status or set of failed criteria differs between baseline and scenario. */
public record Flip(Level level, String id, ExitStatus from, ExitStatus to, List<String> criteriaCleared,
                   List<String> criteriaAdded) {
}
