package org.povertyexit.monitor.service.ledger;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * next reader until a run of the county is added (its key is the series' run ids).
 */
@Component
public class StoredLedgers {

    /** Ledgers kept (a dozen runs of a county of 100,000 households make a ledger of some 40 MB). */
    static final int KEPT = 4;

    /** The runs a ledger was made of: another run of the county makes another key. */
    private record Series(String county, Set<String> runIds) {
    }

    private final CountyPartStore store;
    private final StoredCounties counties;
    private final ReportCut reports;
    private final MaskedHeads heads;
    private final KeptRecently<Series, Ledger> kept = new KeptRecently<>(KEPT);

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
        return Optional.of(kept.get(new Series(county, ids), series ->
                Ledger.of(county, rows.parallelStream().map(this::run).toList())));
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
