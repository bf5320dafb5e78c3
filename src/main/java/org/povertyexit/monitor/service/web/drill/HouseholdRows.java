package org.povertyexit.monitor.service.web.drill;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.service.web.RowPage;

/**
 * The households of a village as its page lists them, from the county's part of the report: by status,
 * by a criterion failed or flagged (an H- criterion, an M- or D- flag), by a text in the household's id.
 */
final class HouseholdRows {

    /** The columns the table sorts by; the first is the default. */
    static final List<String> SORTS = List.of("id", "status", "income", "failed", "flags");

    private HouseholdRows() {
    }

    static List<HouseholdResult> of(CountyReport county, String villageCode) {
        return county.households().stream().filter(h -> villageCode.equals(h.villageCode())).toList();
    }

    /** The criteria that some of the households fail or are flagged for, in code order: the filter's choices. */
    static SortedSet<String> criteria(List<HouseholdResult> households) {
        SortedSet<String> codes = new TreeSet<>();
        households.forEach(h -> codes.addAll(codes(h).toList()));
        return codes;
    }

    static RowPage<HouseholdResult> page(List<HouseholdResult> households, TableQuery query, int size) {
        String needle = query.needle();
        List<HouseholdResult> rows = households.stream()
                .filter(h -> query.status() == null || h.status() == query.status())
                .filter(h -> query.criterion() == null || codes(h).anyMatch(query.criterion()::equals))
                .filter(h -> needle == null || h.id().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(order(query.sort(), query.descending())).toList();
        return RowPage.of(rows, query.page(), size);
    }

    private static Stream<String> codes(HouseholdResult household) {
        return Stream.of(household.failed(), household.monitoring(), household.compliance()).flatMap(List::stream);
    }

    private static Comparator<HouseholdResult> order(String sort, boolean descending) {
        Comparator<HouseholdResult> by = switch (sort) {
            case "status" -> Comparator.comparing(HouseholdResult::status, Comparator.comparing(ExitStatus::ordinal));
            case "income" -> Comparator.comparing(HouseholdResult::perCapitaNetIncome,
                    Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
            case "failed" -> Comparator.comparingInt(h -> h.failed().size());
            case "flags" -> Comparator.comparingInt(h -> h.monitoring().size() + h.compliance().size());
            default -> (a, b) -> 0;
        };
        if (descending) {
            by = by.reversed();
        }
        // then by id, always ascending, so that equal rows keep one order from page to page
        return by.thenComparing(HouseholdResult::id);
    }
}
