package org.povertyexit.monitor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.service.ExitMonitorService;
import org.povertyexit.monitor.service.run.RunImport;
import org.povertyexit.monitor.service.run.RunRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Stores a run evaluated on a cluster (the output folder of the Spark job, spark/) as a run of "
                + "the service, in the database `serve` uses (the same --exit-monitor.data-dir=DIR or "
                + "--spring.profiles.active=postgres): its county rows and firings, then its row on the hash chain.")
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "the job's output folder (report.json, rules/, "
            + "county_rows/)")
    Path output;

    @Option(names = "--user", description = "who the run is recorded as created by (default: import)")
    String user = "import";

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext service = ExitMonitorService.withoutWeb(
                springArgs.toArray(String[]::new))) {
            RunRecord run = service.getBean(RunImport.class).importRun(output, user);
            System.out.printf("run %s stored: %d households, %d firings, seq %d in the chain%n", run.id(),
                    run.households(), run.firingCount(), run.seq());
        }
        return ExitCodes.OK;
    }
}
