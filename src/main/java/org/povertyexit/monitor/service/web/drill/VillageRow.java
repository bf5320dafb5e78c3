package org.povertyexit.monitor.service.web.drill;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.VillageResult;
import org.povertyexit.monitor.service.web.RowPage;

/**
 * A village as its county's table lists it: its result in the report, how many households it holds and
 * how many of them fail a criterion of exit (not ready, or exited at risk of a wrong exit).
 */
public record VillageRow(VillageResult village, int households, int failing) {

    /** The columns the table sorts by; the first is the default. */
    static final List<String> SORTS = List.of("code", "name", "status", "incidence", "poor", "households",
            "failing", "failed");

    /** Names in the order of the Chinese dictionary (pinyin), as people look them up. */
    private static final Collator NAMES = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    /** One page of the county's villages as the query asks. */
    static RowPage<VillageRow> page(CountyReport county, TableQuery query, int size) {
        Map<String, int[]> counts = new HashMap<>();
        for (HouseholdResult household : county.households()) {
            int[] count = counts.computeIfAbsent(household.villageCode(), code -> new int[2]);
            count[0]++;
            count[1] += household.failed().isEmpty() ? 0 : 1;
        }
        String needle = query.needle();
        List<VillageRow> rows = county.villages().stream()
                .filter(v -> query.status() == null || v.status() == query.status())
                .filter(v -> query.criterion() == null || v.failed().contains(query.criterion()))
                .filter(v -> needle == null || v.code().toLowerCase(Locale.ROOT).contains(needle)
                        || (v.name() != null && v.name().toLowerCase(Locale.ROOT).contains(needle)))
                .map(v -> {
                    int[] count = counts.getOrDefault(v.code(), new int[2]);
                    return new VillageRow(v, count[0], count[1]);
                })
                .sorted(order(query.sort(), query.descending())).toList();
        return RowPage.of(rows, query.page(), size);
    }

    private static Comparator<VillageRow> order(String sort, boolean descending) {
        Comparator<VillageRow> by = switch (sort) {
            case "name" -> Comparator.comparing(r -> r.village().name(), Comparator.nullsLast(NAMES));
            case "status" -> Comparator.comparing(r -> r.village().status(), Comparator.comparing(ExitStatus::ordinal));
            case "incidence" -> Comparator.comparing(r -> r.village().incidence(),
                    Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
            case "poor" -> Comparator.comparingInt(r -> r.village().projectedPoor());
            case "households" -> Comparator.comparingInt(VillageRow::households);
            case "failing" -> Comparator.comparingInt(VillageRow::failing);
            case "failed" -> Comparator.comparingInt(r -> r.village().failed().size());
            default -> (a, b) -> 0;
        };
        if (descending) {
            by = by.reversed();
        }
        // then by code, always ascending, so that equal rows keep one order from page to page
        return by.thenComparing(r -> r.village().code());
    }
}
