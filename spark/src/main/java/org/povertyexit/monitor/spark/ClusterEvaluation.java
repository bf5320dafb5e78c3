package org.povertyexit.monitor.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.DatasetSchema;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.RunInfo;
import scala.Tuple2;

/**
 * {@code evaluate} on a cluster: the same checks, rules, report and firing records, over an input folder
 * any size Spark can read. Households meet their members in a shuffle keyed by household; households then
 * group by county, and each county is checked and evaluated in one rule session on an executor, by the
 * core that evaluates it on one machine. The driver sorts nothing itself: it reads the sorted lists a
 * partition at a time to hash the input and write the report.
 */
public final class ClusterEvaluation {

    /** Problems shown when an input is rejected; the total is counted. */
    private static final int PROBLEMS_SHOWN = 10_000;

    private final SparkSession spark;
    private final ShippedRules rules;

    ClusterEvaluation(SparkSession spark, ShippedRules rules) {
        this.spark = spark;
        this.rules = rules;
    }

    /** What a run wrote, and how its counties' evaluations went (for the benchmark). */
    record Written(RunInfo run, int households, int counties, List<CountyHead> heads) {
    }

    Written run(String input, String output) throws IOException, InvalidDatasetException, RejectedInput {
        Instant started = Instant.now();
        long start = System.nanoTime();
        // the driver compiles too: its versions name the run, and rules that do not compile stop it here
        ExitAssessment assessment = rules.assessment();
        InputTables tables = new InputTables(spark, input);
        InputOutline outline = InputOutline.read(tables);
        InputTables.Table households = tables.read(DatasetSchema.HOUSEHOLDS);
        InputTables.Table members = tables.read(DatasetSchema.MEMBERS);
        outline.file(DatasetSchema.HOUSEHOLDS.name(), households.file());
        outline.file(DatasetSchema.MEMBERS.name(), members.file());
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<InputOutline> shipped = context.broadcast(outline);
        int partitions = Math.max(context.defaultParallelism(), households.rows().javaRDD().getNumPartitions());

        JavaRDD<Placed> placed = HouseholdMeeting.meet(households.rows().javaRDD(), members.rows().javaRDD(), shipped,
                partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
        rejectIfAny(placed.filter(Placed::isProblem).map(Placed::problem).union(membersInTwoCounties(placed)));

        List<String> codes = outline.countyCodes();
        JavaPairRDD<String, Placed> byCounty = placed.filter(p -> !p.isProblem())
                .mapToPair(p -> new Tuple2<>(p.countyCode(), p))
                .union(context.parallelizePairs(codes.stream().map(c -> new Tuple2<>(c, Placed.emptyCounty(c)))
                        .toList()));
        CountyStage stage = new CountyStage(shipped, rules);
        int countyPartitions = Math.max(1, Math.min(codes.size(), context.defaultParallelism() * 4));
        JavaRDD<CountyOutput> outputs = byCounty.groupByKey(new CountyPartitioner(codes))
                .map(county -> stage.evaluate(county._1(), county._2()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        rejectIfAny(outputs.filter(CountyOutput::isRejected).flatMap(o -> o.problems().iterator()));
        placed.unpersist();

        List<CountyHead> heads = new ArrayList<>(outputs.map(CountyHead::of).collect());
        heads.sort(Comparator.comparing(CountyHead::countyCode));
        // the sorted lists reach the driver a partition at a time: partitions of at most ~50,000 households
        int placedHouseholds = heads.stream().mapToInt(CountyHead::households).sum();
        ReportOutput report = new ReportOutput(outputs, heads, Math.max(partitions, placedHouseholds / 50_000 + 1));
        Meta meta = outline.checked().meta();
        ParameterSet parameters = assessment.parametersFor(meta);
        RunInfo run = assessment.runInfo(meta, report.inputSha256(outline.checked()), parameters, started, start);

        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
        FileSystem files = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        TableOutput tablesOut = new TableOutput(spark, outputs, output, run);
        tablesOut.writeReportTables(heads, report.summary());
        tablesOut.writeFirings(heads);
        tablesOut.writeCountyRows(countyPartitions);
        tablesOut.writeRules(files, rules.files());
        // last: a folder with report.json is a complete run
        report.write(files, new org.apache.hadoop.fs.Path(out, "report.json"), run);
        outputs.unpersist();
        return new Written(run, report.households(), heads.size(), heads);
    }

    /** A member id may repeat nowhere: within a county its checks say so, across counties this does. */
    private static JavaRDD<String> membersInTwoCounties(JavaRDD<Placed> placed) {
        return placed.filter(p -> !p.isProblem() && p.household() != null)
                .flatMapToPair(p -> p.members().stream()
                        .map(m -> new Tuple2<>(String.valueOf(InputOutline.key(m.get("id"))), p.countyCode()))
                        .iterator())
                .distinct()
                .mapToPair(idCounty -> new Tuple2<>(idCounty._1(), 1))
                .reduceByKey(Integer::sum)
                .filter(idCount -> idCount._2() > 1)
                .map(idCount -> "members, " + idCount._1() + ", field id: duplicate id (in households of "
                        + idCount._2() + " counties)");
    }

    private static void rejectIfAny(JavaRDD<String> problems) throws RejectedInput {
        List<String> shown = problems.take(PROBLEMS_SHOWN);
        if (!shown.isEmpty()) {
            throw new RejectedInput(shown, shown.size() < PROBLEMS_SHOWN ? shown.size() : problems.count());
        }
    }

    /** {@code INPUT OUTDIR [--rules DIR]}; the master and resources come from spark-submit (or -Dspark.master). */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--rules"))) {
            System.err.println("usage: ClusterEvaluation INPUT OUTDIR [--rules DIR]");
            System.exit(64);
        }
        SparkSession spark = SparkSession.builder().appName("exit-monitor evaluate").getOrCreate();
        try {
            ShippedRules rules = ShippedRules.resolve(args.length == 4 ? Path.of(args[3]) : null);
            Written written = new ClusterEvaluation(spark, rules).run(args[0], args[1]);
            System.err.println(new CountyRates(written).describe());
            System.out.printf("run %s: %d households in %d counties, inputSha256 %s, report %s/report.json%n",
                    written.run().id(), written.households(), written.counties(), written.run().inputSha256(),
                    args[1]);
        } catch (InvalidDatasetException e) {
            e.errors().forEach(System.err::println);
            System.err.println(e.total() + " problem(s): nothing evaluated");
            System.exit(2);
        } catch (RejectedInput e) {
            e.problems().forEach(System.err::println);
            System.err.println(e.total() + " problem(s): nothing written");
            System.exit(2);
        } finally {
            spark.stop();
        }
    }
}
