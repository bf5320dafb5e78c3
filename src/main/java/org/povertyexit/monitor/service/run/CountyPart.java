package org.povertyexit.monitor.service.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.DatasetOutline;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.ledger.ItemKey;
import org.povertyexit.monitor.ledger.LedgerItem;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.service.firing.RunFirings.CountyFirings;

/**
 * One county of a stored run, as its {@code run_county} row holds it: its input (which explain replays),
 * its part of the report, the entities it holds (so an entity is found without reading the report), its
 * firings, and its remediation items as the ledger follows them ({@code ledgerGz}: null in rows stored
 * before the ledger, which reads those from the report part instead).
 */
public record CountyPart(int position, String countyCode, int firstSeq, int firingCount, String ruleCounts,
                         String criterionCounts, byte[] inputGz, byte[] entitiesGz, byte[] resultsGz,
                         byte[] firingsGz, byte[] ledgerGz) {

    /**
     * The county's part, made on the thread that evaluated it; its place in the run is given later.
     * {@code input} is the county's canonical facts (a dataset of that county alone).
     */
    public static CountyPart of(byte[] input, CountyReport report, CountyFirings firings) {
        return of(Gzip.compress(input), report, firings, null);
    }

    private static CountyPart of(byte[] inputGz, CountyReport report, CountyFirings firings, byte[] ledgerGz) {
        StringBuilder entities = new StringBuilder(report.households().size() * 24);
        ItemKey.entityKeys(report).forEach(key -> entities.append(key).append('\n'));
        return new CountyPart(-1, report.county().code(), 0, firings.count(), json(firings.byRule()),
                json(firings.byCriterion()), inputGz,
                Gzip.compress(entities.toString().getBytes(StandardCharsets.UTF_8)),
                Gzip.compress(StoredJson.bytes(report)), firings.deflated(), ledgerGz);
    }

    /**
     * The row of a county just evaluated: its canonical facts written as a dataset of that county alone
     * ({@code canonical}: its households' canonical JSON in id order), beside its report and firings. What
     * a run recorded here and a run on a cluster (imported later) both store.
     */
    public static CountyPart of(Meta meta, CountyFacts facts, CountyReport report, List<byte[]> canonical,
                                CountyFirings firings) {
        return of(facts.stored() != null ? facts.stored().compressed() : inputGz(meta, facts, canonical), report,
                firings, LedgerRows.compressed(meta.effectiveAssessmentDate(),
                        LedgerItem.of(report, MaskedHeads.of(facts.households()))));
    }

    /** Facts read back from a county row are stored as they were read; others are written and compressed. */
    private static byte[] inputGz(Meta meta, CountyFacts facts, List<byte[]> canonical) {
        ByteArrayOutputStream input = new ByteArrayOutputStream(canonical.size() * 1024);
        try {
            CanonicalForm.write(new DatasetOutline(meta, List.of(facts.county()), facts.villages()),
                    canonical.iterator(), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Gzip.compress(input.toByteArray());
    }

    /** How an entity is named among a county's entities: "H id", "V code". */
    static String key(Level level, String id) {
        return ItemKey.entityKey(level, id);
    }

    public CountyPart placed(int place, int first) {
        return new CountyPart(place, countyCode, first, firingCount, ruleCounts, criterionCounts, inputGz,
                entitiesGz, resultsGz, firingsGz, ledgerGz);
    }

    /**
     * The line this row adds to the run's {@code counties_sha256}; the ledger's items only where the row has
     * them, so that rows stored before the ledger digest as they did.
     */
    public String digestLine() {
        String line = String.join("\u001f", Integer.toString(position), countyCode, Integer.toString(firstSeq),
                Integer.toString(firingCount), Hashes.sha256(ruleCounts), Hashes.sha256(criterionCounts),
                Hashes.sha256(inputGz), Hashes.sha256(entitiesGz), Hashes.sha256(resultsGz),
                Hashes.sha256(firingsGz));
        return (ledgerGz == null ? line : line + "\u001f" + Hashes.sha256(ledgerGz)) + "\n";
    }

    private static String json(Map<String, Long> counts) {
        return StoredJson.write(counts);
    }
}
