package org.povertyexit.monitor.ledger;

/** Where an item of the ledger stands in the latest run of its county's series. */
public enum ItemStatus {
    /** In the latest run's remediation list. */
    OPEN,
    /** 已销号: listed before, not in the latest run, and its entity is still in the data. */
    CLOSED,
    /** Its entity is no longer in the data. */
    GONE
}
