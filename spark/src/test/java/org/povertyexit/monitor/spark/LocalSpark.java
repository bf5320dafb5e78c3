package org.povertyexit.monitor.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.streaming.StreamedEvaluation;

/** One local[2] session for every test class (starting Spark takes seconds), and evaluate's report to compare. */
final class LocalSpark {

    static final Path RULES = Path.of("rules");
    static final Path SAMPLE = Path.of("data/ningxia-2019/csv");

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("exit-monitor tests")
                    .config("spark.ui.enabled", false)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", 4)
                    .getOrCreate();
        }
        return session;
    }

    static ClusterEvaluation.Written run(Path input, Path output) throws Exception {
        return run(RULES, input, output);
    }

    /** The job with the rules folder {@code rules}. */
    static ClusterEvaluation.Written run(Path rules, Path input, Path output) throws Exception {
        return new ClusterEvaluation(session(), ShippedRules.resolve(rules)).run(input.toString(), output.toString());
    }

    /** The report {@code java -jar exit-monitor.jar evaluate INPUT} writes, by the same code. */
    static String evaluate(Path input) throws Exception {
        return evaluate(RULES, input);
    }

    /** As above, with the rules folder {@code rules}. */
    static String evaluate(Path rules, Path input) throws Exception {
        StringWriter report = new StringWriter();
        new StreamedEvaluation(ExitAssessment.load(rules), 1).run(new DatasetLoader(), input, report, line -> { });
        return report.toString();
    }
}
