package org.povertyexit.monitor.generator;

import org.povertyexit.monitor.dataset.RegistrationStatus;

/** What is decided about a household before its values: size, registration status, intended faults. */
record HouseholdProfile(int size, RegistrationStatus status, int faults) {

    boolean has(Fault fault) {
        return (faults & fault.bit()) != 0;
    }

    boolean registered() {
        return status != RegistrationStatus.NOT_REGISTERED;
    }

    /** Members counted as projected poor: a registered household failing any H-criterion. */
    int projectedPoorPersons() {
        return registered() && faults != 0 ? size : 0;
    }
}
