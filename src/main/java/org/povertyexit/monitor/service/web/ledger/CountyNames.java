package org.povertyexit.monitor.service.web.ledger;

import org.povertyexit.monitor.service.run.CountyPartStore;
import org.povertyexit.monitor.service.run.KeptRecently;
import org.povertyexit.monitor.service.run.StoredCountyFacts;
import org.springframework.stereotype.Component;

/**
 * A county's name as a run's facts give it. The ledger keeps codes only; its pages name the county as its
 * latest run does, read from the head of the county's stored facts (the rest is not even decompressed)
 * and kept, as runs never change.
 */
@Component
class CountyNames {

    private static final int KEPT = 256;

    private final CountyPartStore store;
    private final StoredCountyFacts facts;
    private final KeptRecently<String, String> names = new KeptRecently<>(KEPT);

    CountyNames(CountyPartStore store, StoredCountyFacts facts) {
        this.store = store;
        this.facts = facts;
    }

    /** The county's name in the run; its code when the run names it nothing. */
    String of(String runId, String county) {
        return names.get(runId + "/" + county, KeptRecently.Making.of(key -> store.headers(runId).stream()
                .filter(part -> part.countyCode().equals(county)).findFirst()
                .map(part -> facts.county(runId, part.position()).name())
                .filter(name -> name != null && !name.isBlank()).orElse(county)));
    }
}
