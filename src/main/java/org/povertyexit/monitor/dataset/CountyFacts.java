package org.povertyexit.monitor.dataset;

import java.util.List;

/** One county with its villages and households: the unit of evaluation (one rule session each). */
public record CountyFacts(County county, List<Village> villages, List<Household> households) {
}
