package org.povertyexit.monitor.service.run;

/** A run just committed to the chain: what may be made ready for its first readers is made now. */
public record RunStored(RunRecord run) {
}
