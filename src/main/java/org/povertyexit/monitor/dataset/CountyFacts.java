package org.povertyexit.monitor.dataset;

import java.util.List;

/**
 * One county with its villages and households: the unit of evaluation (one rule session each).
 * {@code stored} is the form the facts were read back from when they come from a stored run, else null.
 */
public record CountyFacts(County county, List<Village> villages, List<Household> households, StoredForm stored) {

    public CountyFacts(County county, List<Village> villages, List<Household> households) {
        this(county, villages, households, null);
    }

    /**
     * A county's facts as a run stored them: each household's canonical JSON ({@link CanonicalForm#of}) in
     * the order of {@code households}, and the compressed canonical form of the county (a dataset of it
     * alone) they were read from. A run on stored facts (a scenario of parameters alone) takes both as they
     * are, rather than writing and compressing again what it has just read.
     */
    public record StoredForm(List<byte[]> households, byte[] compressed) {
    }
}
