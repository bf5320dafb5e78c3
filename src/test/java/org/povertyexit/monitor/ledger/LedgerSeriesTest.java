package org.povertyexit.monitor.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;

/** The ledger's definitions on series made by hand, one rule a test. */
class LedgerSeriesTest {

    private static final LocalDate JUNE = LocalDate.of(2019, 6, 30);
    private static final LocalDate DECEMBER = LocalDate.of(2019, 12, 31);

    @Test
    void runsOfTheSameDateFollowTheirUploadTimes() {
        LedgerRun first = run("a-later-id", DECEMBER, 1, Set.of("H H1"), income("H1", "100"));
        LedgerRun second = run("a-first-id", DECEMBER, 2, Set.of("H H1"));
        Ledger ledger = Ledger.of("C", List.of(second, first));
        assertThat(ledger.runs()).extracting(LedgerPoint::runId).containsExactly("a-later-id", "a-first-id");
        LedgerEntry entry = ledger.entries().get(0);
        assertThat(entry.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(entry.closedIn().runId()).isEqualTo("a-first-id");
    }

    @Test
    void anItemWhoseEntityLeftAndCameBackIsClosedNotGone() {
        Ledger ledger = Ledger.of("C", List.of(run("r1", JUNE, 1, Set.of("H H1"), income("H1", "100")),
                run("r2", JUNE.plusMonths(3), 2, Set.of()), run("r3", DECEMBER, 3, Set.of("H H1"))));
        LedgerEntry entry = ledger.entries().get(0);
        assertThat(entry.status()).isEqualTo(ItemStatus.CLOSED);
        // the first run after its last listing, though the household was absent from it
        assertThat(entry.closedIn().runId()).isEqualTo("r2");
        assertThat(ledger.runs().get(1).total().gone()).isEqualTo(1);
        assertThat(ledger.runs().get(2).total().closed()).isEqualTo(1);
    }

    @Test
    void aCountyItemIsNeverGoneWhileItsCountyIsInTheRun() {
        LedgerItem rate = new LedgerItem(Level.COUNTY, "C", "C-INCIDENCE", Severity.BLOCKING, Department.AGRICULTURE,
                new BigDecimal("3"), "persons", null, null);
        Ledger ledger = Ledger.of("C", List.of(run("r1", JUNE, 1, Set.of(), rate), run("r2", DECEMBER, 2, Set.of())));
        assertThat(ledger.entries().get(0).status()).isEqualTo(ItemStatus.CLOSED);
    }

    @Test
    void gapsAreTakenFromTheFirstAndTheLatestListingAndTheDepartmentFromTheLatest() {
        LedgerItem later = new LedgerItem(Level.HOUSEHOLD, "H1", "H-INCOME", Severity.BLOCKING,
                Department.CIVIL_AFFAIRS, new BigDecimal("40"), "yuan", "V1", null);
        Ledger ledger = Ledger.of("C", List.of(run("r1", JUNE, 1, Set.of("H H1"), income("H1", "100")),
                run("r2", DECEMBER, 2, Set.of("H H1"), later)));
        LedgerEntry entry = ledger.entries().get(0);
        assertThat(entry.firstGap()).isEqualByComparingTo("100");
        assertThat(entry.latestGap()).isEqualByComparingTo("40");
        assertThat(entry.department()).isEqualTo(Department.CIVIL_AFFAIRS);
        assertThat(ledger.summary()).containsOnlyKeys(Department.CIVIL_AFFAIRS);
        assertThat(entry.newInLatest()).isFalse();
    }

    @Test
    void entriesFollowTheReportOrderAndFilteringKeepsTheCounts() {
        Ledger ledger = Ledger.of("C", List.of(run("r1", JUNE, 1, Set.of("H H2", "H H1", "V V1"),
                income("H2", "1"), income("H1", "1"), new LedgerItem(Level.VILLAGE, "V1", "V-ROAD",
                        Severity.BLOCKING, Department.TRANSPORT, null, null, "V1", null))));
        assertThat(ledger.entries()).extracting(LedgerEntry::entityId).containsExactly("H1", "H2", "V1");
        Ledger road = ledger.filtered(Department.TRANSPORT, ItemStatus.OPEN);
        assertThat(road.entries()).extracting(LedgerEntry::entityId).containsExactly("V1");
        assertThat(road.total().open()).isEqualTo(3);
        assertThat(ledger.filtered(null, ItemStatus.CLOSED).entries()).isEmpty();
    }

    @Test
    void aRunAddedAtTheEndIsWalkedOnAsIfTheWholeSeriesWereWalkedAgain() {
        LedgerRun june = run("r1", JUNE, 1, Set.of("H H1", "H H2"), income("H1", "100"), income("H2", "5"));
        LedgerRun september = run("r2", JUNE.plusMonths(3), 2, Set.of("H H1"), income("H1", "50"));
        LedgerRun december = run("r3", DECEMBER, 3, Set.of("H H1", "H H3"), income("H3", "7"));
        SeriesWalk walk = new SeriesWalk("C", 0);
        walk.add(june);
        walk.add(september);
        Ledger before = walk.ledger();
        walk.add(december);
        assertThat(walk.ledger()).isEqualTo(Ledger.of("C", List.of(december, june, september)));
        // what was handed out before stays as it was
        assertThat(before.runs()).hasSize(2);
        assertThat(before.entries()).extracting(LedgerEntry::status).containsExactly(ItemStatus.OPEN,
                ItemStatus.GONE);
    }

    @Test
    void aRunThatDoesNotFollowTheWalkedOnesIsRefused() {
        SeriesWalk walk = new SeriesWalk("C", 0);
        walk.add(run("r2", DECEMBER, 2, Set.of()));
        LedgerRun earlier = run("r1", JUNE, 1, Set.of());
        assertThat(walk.follows(earlier)).isFalse();
        assertThatThrownBy(() -> walk.add(earlier))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r1");
    }

    @Test
    void noRunsMakeAnEmptyLedger() {
        Ledger ledger = Ledger.of("C", List.of());
        assertThat(ledger.entries()).isEmpty();
        assertThat(ledger.latest()).isNull();
    }

    private static LedgerItem income(String household, String gap) {
        return new LedgerItem(Level.HOUSEHOLD, household, "H-INCOME", Severity.BLOCKING, Department.AGRICULTURE,
                new BigDecimal(gap), "yuan", "V1", "张*");
    }

    private static LedgerRun run(String id, LocalDate date, int uploadedSecond, Set<String> entities,
                                 LedgerItem... items) {
        return new LedgerRun(id, date, Instant.ofEpochSecond(uploadedSecond), List.of(items), entities);
    }
}
