package org.povertyexit.monitor.service.firing;

import java.util.List;

/** Where the firings of a run go, a batch at a time, in sequence order. */
@FunctionalInterface
public interface FiringSink {

    void write(List<FiringRecord> batch);

    /** Keeps nothing: a reproduction only needs the digest. */
    FiringSink NONE = batch -> { };
}
