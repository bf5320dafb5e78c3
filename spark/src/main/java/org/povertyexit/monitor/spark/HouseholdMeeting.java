package org.povertyexit.monitor.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.povertyexit.monitor.dataset.DatasetSchema;
import scala.Tuple2;

/**
 * The first shuffle: households meet their members, keyed by household id, and each is placed in the
 * county its village belongs to. What cannot be placed becomes a problem here; everything else about a
 * household is checked with its county, by the dataset's own checks.
 */
final class HouseholdMeeting {

    private static final String HOUSEHOLDS = DatasetSchema.HOUSEHOLDS.name();
    private static final String MEMBERS = DatasetSchema.MEMBERS.name();

    private HouseholdMeeting() {
    }

    static JavaRDD<Placed> meet(JavaRDD<Row> households, JavaRDD<Row> members, Broadcast<InputOutline> outline,
                                int partitions) {
        JavaPairRDD<String, HashMap<String, String>> byId = households.mapToPair(row -> keyed(row, "id"));
        JavaPairRDD<String, HashMap<String, String>> byHousehold = members.mapToPair(row -> keyed(row, "householdId"));
        return byId.cogroup(byHousehold, partitions)
                .flatMap(group -> placed(group._1(), group._2()._1(), group._2()._2(), outline.value()).iterator());
    }

    /** Keyed by the id as the checks read it; a blank id keys as "" (each such record is reported). */
    private static Tuple2<String, HashMap<String, String>> keyed(Row row, String field) {
        HashMap<String, String> values = RawRows.values(row);
        String key = InputOutline.key(values.get(field));
        return new Tuple2<>(key == null ? "" : key, values);
    }

    private static List<Placed> placed(String id, Iterable<HashMap<String, String>> households,
                                       Iterable<HashMap<String, String>> members, InputOutline outline) {
        List<HashMap<String, String>> found = new ArrayList<>();
        households.forEach(found::add);
        ArrayList<HashMap<String, String>> own = new ArrayList<>();
        members.forEach(own::add);
        List<Placed> placed = new ArrayList<>();
        if (id.isEmpty()) {
            // the county's checks say "required value missing" for each such household
            found.forEach(household -> placed.add(inCounty(household, new ArrayList<>(), outline)));
            own.forEach(member -> placed.add(Placed.rejected(outline.record(MEMBERS, member)
                    .error("householdId", null, "required value missing"))));
        } else if (found.isEmpty()) {
            own.forEach(member -> placed.add(Placed.rejected(outline.record(MEMBERS, member)
                    .error("householdId", id, "no household has this id"))));
        } else {
            placed.add(inCounty(found.get(0), own, outline));
            found.subList(1, found.size()).forEach(twin -> placed.add(Placed.rejected(outline.record(HOUSEHOLDS, twin)
                    .error("id", id, "duplicate id"))));
        }
        return placed;
    }

    private static Placed inCounty(HashMap<String, String> household, ArrayList<HashMap<String, String>> members,
                                   InputOutline outline) {
        String village = household.get("villageCode");
        String county = outline.countyOfVillage(village);
        if (county == null) {
            return Placed.rejected(outline.record(HOUSEHOLDS, household).error("villageCode", village,
                    village == null || village.isBlank() ? "required value missing" : "no village has this code"));
        }
        return Placed.of(county, household, members);
    }
}
