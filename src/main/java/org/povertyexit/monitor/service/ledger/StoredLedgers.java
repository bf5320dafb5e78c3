package org.povertyexit.monitor.service.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.povertyexit.monitor.ledger.Ledger;
import org.povertyexit.monitor.ledger.LedgerItem;
import org.povertyexit.monitor.ledger.LedgerRun;
import org.povertyexit.monitor.service.run.CountyPart;
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

    /** A county's ledger and the runs it was made of: another run of the county makes it stale. */
    private record Series(Set<String> runIds, Ledger ledger) {
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
                known = new Series(ids, made(county, rows));
                kept.keep(county, known);
            }
            return Optional.of(known.ledger());
        }
    }

    /**
     * The ledger made from the rows in series order, one run read at a time (the next one read meanwhile):
     * a dozen runs' items are never held at once, beside the evaluation of an upload.
     */
    private Ledger made(String county, List<SeriesRow> rows) {
        Map<String, SeriesRow> byRun = new HashMap<>();
        rows.forEach(row -> byRun.put(row.runId(), row));
        // the series' order is the runs' (LedgerRun.ORDER): their dates first, each read from its row's head
        List<SeriesRow> ordered = rows.parallelStream().map(row -> new LedgerRun(row.runId(), assessmentDate(row),
                row.uploadedAt(), List.of(), List.of())).sorted(LedgerRun.ORDER).map(run -> byRun.get(run.runId()))
                .toList();
        Iterator<LedgerRun> runs = new Iterator<>() {
            private int next;
            private CompletableFuture<LedgerRun> reading = read(0);

            @Override
            public boolean hasNext() {
                return next < ordered.size();
            }

            @Override
            public LedgerRun next() {
                LedgerRun run = reading.join();
                reading = read(++next);
                return run;
            }

            private CompletableFuture<LedgerRun> read(int index) {
                return index < ordered.size() ? CompletableFuture.supplyAsync(() -> run(ordered.get(index)))
                        : null;
            }
        };
        return Ledger.of(county, ordered.size(), runs, 0);
    }

    private LocalDate assessmentDate(SeriesRow row) {
        return store.ledgerGz(row.runId(), row.position()).map(LedgerRows::assessmentDate)
                .orElseGet(() -> reports.runInfo(row.runId()).assessmentDate());
    }

    private LedgerRun run(SeriesRow row) {
        LedgerRows rows = store.ledgerGz(row.runId(), row.position()).map(LedgerRows::read)
                .orElseGet(() -> fromReport(row));
        return new LedgerRun(row.runId(), rows.assessmentDate(), row.uploadedAt(), rows.items(), entities(row));
    }

    /** A row stored before the ledger: its items from the county's part of the report, as a new row keeps them. */
    private LedgerRows fromReport(SeriesRow row) {
        CountyPart county = counties.counties(row.runId()).stream().filter(c -> c.position() == row.position())
                .findFirst().orElseThrow();
        List<LedgerItem> items = LedgerItem.of(counties.results(row.runId(), row.position()),
                heads.of(row.runId(), county));
        return new LedgerRows(reports.runInfo(row.runId()).assessmentDate(), items);
    }

    /** The county's entities in the run, as "H id" and "V code" lines name them. */
    private List<String> entities(SeriesRow row) {
        byte[] gz = store.entitiesGz(row.runId(), row.position()).orElseThrow();
        return new String(Gzip.decompress(gz), StandardCharsets.UTF_8).lines().toList();
    }
}
