package org.povertyexit.monitor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.service.ExitMonitorService;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.user.ServiceUser;
import org.povertyexit.monitor.service.user.UserRules;
import org.povertyexit.monitor.service.user.UserStore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manages who may use the service, in the database `serve` uses (the same "
                + "--exit-monitor.data-dir=DIR or --spring.profiles.active=postgres).",
        subcommands = UsersCommand.Add.class)
public class UsersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a user, or replaces the one of that name; the password is read from standard "
                    + "input (one line), never from the command line. Roles: UPLOADER (upload, read runs and "
                    + "remediation exports), ANALYST (also scenarios), AUDITOR (read everything, firings, "
                    + "coverage, reproduce, verify), ADMIN.")
    static class Add implements Callable<Integer> {

        @Parameters(index = "0", description = "the user's name")
        String name;

        @Option(names = "--role", required = true, description = "a role; give --role again for several")
        List<Role> roles = new ArrayList<>();

        @Option(names = "--county", paramLabel = "CODE", description = "a county the user is scoped to (they see "
                + "and upload only its data); give --county again for several; none: the whole province")
        List<String> counties = new ArrayList<>();

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            List<String> problems = UserRules.problems(name, password, roles, counties);
            if (!problems.isEmpty()) {
                problems.forEach(System.err::println);
                return ExitCodes.INVALID_INPUT;
            }
            try (ConfigurableApplicationContext service = ExitMonitorService.withoutWeb(
                    springArgs.toArray(String[]::new))) {
                String hash = service.getBean(PasswordEncoder.class).encode(password);
                service.getBean(UserStore.class).save(new ServiceUser(name, hash, EnumSet.copyOf(roles),
                        Set.copyOf(counties)));
            }
            System.out.println("user " + name + " saved, roles " + roles
                    + (counties.isEmpty() ? ", whole province" : ", counties " + counties));
            return ExitCodes.OK;
        }
    }
}
