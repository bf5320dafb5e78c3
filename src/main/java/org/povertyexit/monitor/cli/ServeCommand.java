package org.povertyexit.monitor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.service.ExitMonitorService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the REST service (127.0.0.1, port 8080; runs stored in an H2 database under "
                + "./exit-monitor-data). Other arguments go to Spring, e.g. --server.port=9090, "
                + "--server.address=0.0.0.0 (to be reached from other machines), --exit-monitor.data-dir=DIR, "
                + "--spring.profiles.active=postgres.")
public class ServeCommand implements Callable<Integer> {

    /** Everything after {@code serve} that is not --help/--version goes to Spring as given. */
    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext context = ExitMonitorService.start(springArgs.toArray(String[]::new));
        // main() exits the JVM when a command returns: stay until the service is shut down (SIGTERM, Ctrl-C)
        while (context.isActive()) {
            Thread.sleep(1000);
        }
        return ExitCodes.OK;
    }
}
