package org.povertyexit.monitor.service.web.ledger;

import org.povertyexit.monitor.ledger.LedgerEntry;
import org.povertyexit.monitor.service.web.drill.EntityPage;

/**
 * An entry of the ledger as a row of the page shows it, with where its entity is shown: in the run that
 * last listed the item, where the problem can be seen (a closed or gone item's entity may be fine, or
 * absent, in the latest run).
 */
public record ShownEntry(LedgerEntry entry, String entityHref) {

    static ShownEntry of(LedgerEntry entry) {
        return new ShownEntry(entry, EntityPage.address(entry.lastSeen().runId(), entry.level(), entry.entityId()));
    }
}
