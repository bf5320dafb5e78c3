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
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.service.firing.RunFirings.CountyFirings;

/**
 * One county of a stored run, as its {@code run_county} row holds it: its input (which explain replays),
 * its part of the report, the entities it holds (so an entity is found without reading the report) and
 * its firings.
 */
public record CountyPart(int position, String countyCode, int firstSeq, int firingCount, String ruleCounts,
                         String criterionCounts, byte[] inputGz, byte[] entitiesGz, byte[] resultsGz,
                         byte[] firingsGz) {

    /**
     * The county's part, made on the thread that evaluated it; its place in the run is given later.
     * {@code input} is the county's canonical facts (a dataset of that county alone).
     */
    public static CountyPart of(byte[] input, CountyReport report, CountyFirings firings) {
        StringBuilder entities = new StringBuilder(report.households().size() * 24);
        report.households().forEach(h -> entities.append(key(Level.HOUSEHOLD, h.id())).append('\n'));
        report.villages().forEach(v -> entities.append(key(Level.VILLAGE, v.code())).append('\n'));
        return new CountyPart(-1, report.county().code(), 0, firings.count(), json(firings.byRule()),
                json(firings.byCriterion()), Gzip.compress(input),
                Gzip.compress(entities.toString().getBytes(StandardCharsets.UTF_8)),
                Gzip.compress(StoredJson.bytes(report)), firings.deflated());
    }

    /**
     * The row of a county just evaluated: its canonical facts written as a dataset of that county alone
     * ({@code canonical}: its households' canonical JSON in id order), beside its report and firings. What
     * a run recorded here and a run on a cluster (imported later) both store.
     */
    public static CountyPart of(Meta meta, CountyFacts facts, CountyReport report, List<byte[]> canonical,
                                CountyFirings firings) {
        ByteArrayOutputStream input = new ByteArrayOutputStream(canonical.size() * 1024);
        try {
            CanonicalForm.write(new DatasetOutline(meta, List.of(facts.county()), facts.villages()),
                    canonical.iterator(), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(input.toByteArray(), report, firings);
    }

    /** How an entity is named among a county's entities: "H id", "V code". */
    static String key(Level level, String id) {
        return level.name().charAt(0) + " " + id;
    }

    public CountyPart placed(int place, int first) {
        return new CountyPart(place, countyCode, first, firingCount, ruleCounts, criterionCounts, inputGz,
                entitiesGz, resultsGz, firingsGz);
    }

    /** The line this row adds to the run's {@code counties_sha256}. */
    public String digestLine() {
        return String.join("\u001f", Integer.toString(position), countyCode, Integer.toString(firstSeq),
                Integer.toString(firingCount), Hashes.sha256(ruleCounts), Hashes.sha256(criterionCounts),
                Hashes.sha256(inputGz), Hashes.sha256(entitiesGz), Hashes.sha256(resultsGz),
                Hashes.sha256(firingsGz)) + "\n";
    }

    private static String json(Map<String, Long> counts) {
        return StoredJson.write(counts);
    }
}
