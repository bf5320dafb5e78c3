package org.povertyexit.monitor.dataset;

/** An enum value that users may also write by its Chinese label (data-format.md). */
public interface Labelled {
    String name();

    String label();
}
