package org.povertyexit.monitor.service.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.PersonalData;
import org.springframework.stereotype.Component;

/**
 * Each household's head (户主) as an export may name them, masked (张**): read from the county's stored
 * facts, so only for the lists an office files and visits from, never for a page.
 */
@Component
public class MaskedHeads {

    private final StoredCountyFacts facts;

    public MaskedHeads(StoredCountyFacts facts) {
        this.facts = facts;
    }

    /** The county's households' heads, masked, by household id (a household without members has none). */
    public Map<String, String> of(String runId, CountyPart county) {
        return of(runId, county.position());
    }

    /** The heads of the county at {@code position} in the run. */
    public Map<String, String> of(String runId, int position) {
        return of(facts.input(runId, position).households());
    }

    /** The heads of these households, masked, by household id. */
    public static Map<String, String> of(List<Household> households) {
        Map<String, String> heads = new HashMap<>();
        for (Household household : households) {
            Member head = household.head();
            if (head != null) {
                heads.put(household.id(), PersonalData.maskName(head.name()));
            }
        }
        return heads;
    }
}
