package org.povertyexit.monitor.service.web.run;

import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.KeptRecently;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.run.StoredCountyFacts;
import org.povertyexit.monitor.service.run.StoredRun;
import org.springframework.stereotype.Component;

/**
 * The card of a county of a stored run, made once for the dashboard and the county's page alike: it
 * needs the county's part of the report, its region (from its stored facts) and the run's parameters.
 */
@Component
public class CountyCards {

    private static final int KEPT = 256;

    private final StoredRun stored;
    private final StoredCounties results;
    private final StoredCountyFacts facts;
    private final KeptRecently<String, CountyCard> cards = new KeptRecently<>(KEPT);

    CountyCards(StoredRun stored, StoredCounties results, StoredCountyFacts facts) {
        this.stored = stored;
        this.results = results;
        this.facts = facts;
    }

    public CountyCard of(RunRecord run, CountyPart county) {
        return cards.get(run.id() + "/" + county.position(), KeptRecently.Making.of(key -> CountyCard.of(
                results.results(run.id(), county.position()), facts.county(run.id(), county.position()),
                stored.parameters(run))));
    }
}
