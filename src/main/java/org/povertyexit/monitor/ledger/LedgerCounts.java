package org.povertyexit.monitor.ledger;

/** How many items are open, closed (已销号) and gone, and how many of them were first listed in the run. */
public record LedgerCounts(int open, int closed, int gone, int newInRun) {

    static final LedgerCounts NONE = new LedgerCounts(0, 0, 0, 0);

    LedgerCounts plus(ItemStatus status, boolean isNew) {
        return new LedgerCounts(open + (status == ItemStatus.OPEN ? 1 : 0),
                closed + (status == ItemStatus.CLOSED ? 1 : 0), gone + (status == ItemStatus.GONE ? 1 : 0),
                newInRun + (isNew ? 1 : 0));
    }

    public int total() {
        return open + closed + gone;
    }
}
