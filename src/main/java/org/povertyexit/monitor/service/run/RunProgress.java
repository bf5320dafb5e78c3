package org.povertyexit.monitor.service.run;

/**
 * How far a run being evaluated has got, for someone watching it (an upload page): its input has passed
 * its checks, then each county is stored. Called on the evaluating thread.
 */
public interface RunProgress {

    /** Tells nobody. */
    RunProgress NONE = new RunProgress() {
    };

    /** The input has passed its checks; its counties are being evaluated. */
    default void checked() {
    }

    /** One more county's results and firings are stored. */
    default void countyStored(String countyCode) {
    }
}
