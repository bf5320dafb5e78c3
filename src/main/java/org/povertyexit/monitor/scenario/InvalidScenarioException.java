package org.povertyexit.monitor.scenario;

import java.util.List;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;

/**
 * A scenario rejected with every problem found, each naming the entry ({@code changes[2].where.villageCod})
 * and why. It is an invalid input like a rejected dataset, so the command line exits 2 and the service
 * answers 400 through the handling they already have for {@link InvalidDatasetException}.
 */
public class InvalidScenarioException extends InvalidDatasetException {

    public InvalidScenarioException(List<InputError> errors) {
        super(errors);
    }
}
