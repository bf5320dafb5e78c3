package org.povertyexit.monitor.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.DatasetOutline;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.report.ReportSummary;
import org.povertyexit.monitor.report.ReportWriter;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.report.VillageResult;

/**
 * The run's whole report on the driver, in the {@code evaluate} format: the long lists (households,
 * remediation) and the households' canonical JSON arrive sorted by Spark, a partition at a time, and go
 * through the core's own writers ({@link CanonicalForm#sha256} for the input hash, {@link ReportWriter}
 * for the report), so neither the hash nor the report's JSON exists twice.
 */
final class ReportOutput {

    private final JavaRDD<CountyOutput> outputs;
    private final List<CountyHead> heads;
    private final int partitions;

    /** {@code heads} in county code order. */
    ReportOutput(JavaRDD<CountyOutput> outputs, List<CountyHead> heads, int partitions) {
        this.outputs = outputs;
        this.heads = heads;
        this.partitions = partitions;
    }

    /** The hash of the input's canonical form, as evaluate computes it: households' JSON in id order. */
    String inputSha256(DatasetOutline outline) {
        return CanonicalForm.sha256(outline, sorted(CountyOutput::canonical));
    }

    Map<String, Map<ExitStatus, Integer>> summary() {
        Map<String, Map<ExitStatus, Integer>> total = new ReportSummary().counts();
        for (CountyHead head : heads) {
            head.summary().forEach((level, counts) ->
                    counts.forEach((status, count) -> total.get(level).merge(status, count, Integer::sum)));
        }
        return total;
    }

    int households() {
        return heads.stream().mapToInt(CountyHead::households).sum();
    }

    void write(FileSystem files, Path report, RunInfo run) throws IOException {
        List<VillageResult> villages = new ArrayList<>();
        List<CountyResult> counties = new ArrayList<>();
        for (CountyHead head : heads) {
            for (byte[] village : head.villages()) {
                villages.add(ReportJson.MAPPER.readValue(village, VillageResult.class));
            }
            counties.add(ReportJson.MAPPER.readValue(head.county(), CountyResult.class));
        }
        villages.sort(Comparator.comparing(VillageResult::code));
        boolean indent = households() <= ReportJson.PRETTY_UP_TO;
        try (Writer out = new OutputStreamWriter(files.create(report, false), StandardCharsets.UTF_8)) {
            ReportWriter.write(out, indent, run, summary(), sorted(CountyOutput::households), villages, counties,
                    sorted(CountyOutput::remediation));
        }
    }

    /** One list of every county's items, sorted by key across the cluster, fetched a partition at a time. */
    private Iterator<byte[]> sorted(ListOf list) {
        return outputs.flatMap((FlatMapFunction<CountyOutput, CountyOutput.Keyed>) o -> list.of(o).iterator())
                .sortBy(CountyOutput.Keyed::key, true, partitions)
                .map(CountyOutput.Keyed::json)
                .toLocalIterator();
    }

    /** Which of a county's lists. */
    @FunctionalInterface
    private interface ListOf extends java.io.Serializable {
        List<CountyOutput.Keyed> of(CountyOutput output);
    }
}
