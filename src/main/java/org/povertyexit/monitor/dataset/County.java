package org.povertyexit.monitor.dataset;

/** A county (县) with the external assessment's sample counts for 三率一度. */
public record County(
        String code,
        String name,
        Region region,
        int ruralPopulation,
        int sampledExitedPersons,
        int wrongExitPersons,
        int sampledNonRegisteredPersons,
        int missedPersons,
        int surveyedHouseholds,
        int recognizingHouseholds) {

    /** West-region thresholds are looser; criteria.md names the parameter by this suffix. */
    public String regionKey() {
        return region == Region.WEST ? "west" : "other";
    }

    // A rate with nothing under it cannot be computed: its criterion fails with "no sample".

    public boolean hasRuralPopulation() {
        return ruralPopulation > 0;
    }

    public boolean hasExitedSample() {
        return sampledExitedPersons > 0;
    }

    public boolean hasNonRegisteredSample() {
        return sampledNonRegisteredPersons > 0;
    }

    public boolean hasRecognitionSurvey() {
        return surveyedHouseholds > 0;
    }
}
