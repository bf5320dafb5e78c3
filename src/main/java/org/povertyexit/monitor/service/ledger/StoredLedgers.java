package org.povertyexit.monitor.service.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.povertyexit.monitor.ledger.Ledger;
import org.povertyexit.monitor.ledger.LedgerItem;
import org.povertyexit.monitor.ledger.LedgerRun;
import org.povertyexit.monitor.ledger.SeriesWalk;
import org.povertyexit.monitor.service.run.CountyPartStore;
import org.povertyexit.monitor.service.run.CountyPartStore.SeriesRow;
import org.povertyexit.monitor.service.run.Gzip;
import org.povertyexit.monitor.service.run.KeptRecently;
import org.povertyexit.monitor.service.run.LedgerRows;
import org.povertyexit.monitor.service.run.MaskedHeads;
import org.povertyexit.monitor.service.run.ReportCut;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.springframework.stereotype.Component;

/**
 * The ledger of a county over the stored ordinary runs that hold it, made from what each run kept for it
 * ({@code ledger_gz} and the county's entity list), never from whole reports. A ledger is kept for the
 * next reader until a run of the county is added, when the next reader makes it anew.
 */
@Component
public class StoredLedgers {

    /** Ledgers kept (a dozen runs of a county of 100,000 households make a ledger of some tens of megabytes). */
    static final int KEPT = 2;

    /** A row of the series with what its ledger items say first (the date) and the items themselves, read once. */
    private record Dated(SeriesRow row, LocalDate assessmentDate, byte[] ledgerGz) {
    }

    /** A county's ledger, the runs it was made of, and the walk that made it (to walk on when a run is added). */
    private record Series(Set<String> runIds, SeriesWalk walk, Ledger ledger) {
    }

    private final CountyPartStore store;
    private final StoredCounties counties;
    private final ReportCut reports;
    private final MaskedHeads heads;
    /** By county: the ledger of the series as it was last asked for (a county's older ones are dropped). */
    private final KeptRecently<String, Series> kept = new KeptRecently<>(KEPT);
    private final Object making = new Object();

    public StoredLedgers(CountyPartStore store, StoredCounties counties, ReportCut reports, MaskedHeads heads) {
        this.store = store;
        this.counties = counties;
        this.reports = reports;
        this.heads = heads;
    }

    /** The county's ledger; empty when no ordinary run holds the county. */
    public Optional<Ledger> of(String county) {
        List<SeriesRow> rows = store.series(county);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.runId()));
        Series known = kept.peek(county);
        if (known != null && known.runIds().equals(ids)) {
            return Optional.of(known.ledger());
        }
        // one ledger made at a time: a reader and the preparation after an upload would otherwise both hold
        // a dozen runs' items, beside the evaluation of the next upload
        synchronized (making) {
            known = kept.peek(county);
            if (known == null || !known.runIds().equals(ids)) {
                known = walkedOn(known, rows, ids).orElseGet(() -> walked(county, rows, ids));
                kept.keep(county, known);
            }
            return Optional.of(known.ledger());
        }
    }

    /**
     * The series walked on from the ledger kept, when the runs added since all come after the runs it was made
     * of (an office's next upload): a run read and walked, not a dozen. Else empty.
     */
    private Optional<Series> walkedOn(Series known, List<SeriesRow> rows, Set<String> ids) {
        if (known == null || !ids.containsAll(known.runIds())) {
            return Optional.empty();
        }
        List<LedgerRun> added = inSeriesOrder(rows.stream().filter(row -> !known.runIds().contains(row.runId()))
                .toList()).stream().map(this::run).toList();
        if (!known.walk().follows(added.get(0))) {
            return Optional.empty();
        }
        added.forEach(known.walk()::add);
        return Optional.of(new Series(ids, known.walk(), known.walk().ledger()));
    }

    /**
     * The series walked from its first run, one run read at a time (the next one read meanwhile): a dozen
     * runs' items are never held at once, beside the evaluation of an upload.
     */
    private Series walked(String county, List<SeriesRow> rows, Set<String> ids) {
        List<Dated> ordered = inSeriesOrder(rows);
        SeriesWalk walk = new SeriesWalk(county, 0);
        CompletableFuture<LedgerRun> reading = CompletableFuture.supplyAsync(() -> run(ordered.get(0)));
        for (int i = 0; i < ordered.size(); i++) {
            LedgerRun run = reading.join();
            int next = i + 1;
            reading = next < ordered.size() ? CompletableFuture.supplyAsync(() -> run(ordered.get(next))) : null;
            walk.add(run);
        }
        return new Series(ids, walk, walk.ledger());
    }

    /**
     * The rows in the series' order, the runs' (LedgerRun.ORDER): by their dates, each read from the head of
     * the row's ledger items, which are kept for the walk (a row stored before them: its report's date).
     */
    private List<Dated> inSeriesOrder(List<SeriesRow> rows) {
        Map<String, Dated> byRun = new HashMap<>();
        rows.parallelStream().map(this::dated).toList().forEach(dated -> byRun.put(dated.row().runId(), dated));
        return byRun.values().stream().map(d -> new LedgerRun(d.row().runId(), d.assessmentDate(),
                d.row().uploadedAt(), List.of(), List.of())).sorted(LedgerRun.ORDER).map(run -> byRun.get(run.runId()))
                .toList();
    }

    private Dated dated(SeriesRow row) {
        byte[] gz = store.ledgerGz(row.runId(), row.position()).orElse(null);
        return new Dated(row, gz != null ? LedgerRows.assessmentDate(gz)
                : reports.runInfo(row.runId()).assessmentDate(), gz);
    }

    private LedgerRun run(Dated dated) {
        SeriesRow row = dated.row();
        LedgerRows rows = dated.ledgerGz() != null ? LedgerRows.read(dated.ledgerGz()) : fromReport(row);
        return new LedgerRun(row.runId(), rows.assessmentDate(), row.uploadedAt(), rows.items(), entities(row));
    }

    /** A row stored before the ledger: its items from the county's part of the report, as a new row keeps them. */
    private LedgerRows fromReport(SeriesRow row) {
        List<LedgerItem> items = LedgerItem.of(counties.results(row.runId(), row.position()),
                heads.of(row.runId(), row.position()));
        return new LedgerRows(reports.runInfo(row.runId()).assessmentDate(), items);
    }

    /** The county's entities in the run, as "H id" and "V code" lines name them. */
    private List<String> entities(SeriesRow row) {
        byte[] gz = store.entitiesGz(row.runId(), row.position()).orElseThrow();
        return new String(Gzip.decompress(gz), StandardCharsets.UTF_8).lines().toList();
    }
}
