package org.povertyexit.monitor.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * A household that has met its members, on its way to its county; or, where it could not be placed (its
 * village unknown, its id repeated, members naming no household), the problem that says so. A county
 * with no households at all is given one empty entry, so that it is still evaluated and reported.
 */
record Placed(String countyCode, HashMap<String, String> household, ArrayList<HashMap<String, String>> members,
              String problem) implements Serializable {

    static Placed of(String countyCode, HashMap<String, String> household,
                     ArrayList<HashMap<String, String>> members) {
        return new Placed(countyCode, household, members, null);
    }

    static Placed emptyCounty(String countyCode) {
        return new Placed(countyCode, null, new ArrayList<>(), null);
    }

    static Placed rejected(Object problem) {
        return new Placed(null, null, null, problem.toString());
    }

    boolean isProblem() {
        return problem != null;
    }
}
