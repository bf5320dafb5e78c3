package org.povertyexit.monitor.ledger;

/** How many items are open, closed (已销号) and gone, and how many of them were first listed in the run. */
public record LedgerCounts(int open, int closed, int gone, int newInRun) {

    static final LedgerCounts NONE = new LedgerCounts(0, 0, 0, 0);

    public int total() {
        return open + closed + gone;
    }
}
