package org.povertyexit.monitor.service.run;

/**
 * What makes a run a scenario run: the baseline run whose input snapshot it changed, the scenario as
 * posted (its name and its whole text) and how many entities flipped against the baseline. The text
 * may select members by ID number, so it is stored and hashed but never served.
 */
public record ScenarioOrigin(String baselineId, String name, String text, int flips) {

    /** The name column holds 255 characters; the whole name stays in the text. */
    public static String columnName(String name) {
        return name.length() <= 255 ? name : name.substring(0, 255);
    }
}
