package org.povertyexit.monitor.service;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The REST service: stored runs with their full audit trail. Kept in a package of its own so that
 * the other commands of the program never start Spring.
 */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "Poverty-exit monitor", version = "0.1.0",
        description = "Evaluates uploaded datasets against the exit criteria, stores every run with the rules, "
                + "parameters and rule firings behind it, and explains any entity's result."))
public class ExitMonitorService {

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(ExitMonitorService.class, args);
    }

    /** The service's beans and database without its web server: what an administrator's command works on. */
    public static ConfigurableApplicationContext withoutWeb(String... args) {
        return new SpringApplicationBuilder(ExitMonitorService.class).web(WebApplicationType.NONE).run(args);
    }
}
