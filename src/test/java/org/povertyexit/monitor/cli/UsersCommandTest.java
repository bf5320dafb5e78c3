package org.povertyexit.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.ExitMonitorApplication;

/** An administrator adds users to the database `serve` uses; the password comes from standard input. */
class UsersCommandTest {

    @Test
    void aUserIsAddedWithAHashedPasswordAndItsRoles(@TempDir Path data) throws Exception {
        int code = withInput("a long enough password\n", () -> ExitMonitorApplication.run("users", "add", "张主任",
                "--role", "ANALYST", "--role", "AUDITOR", "--exit-monitor.data-dir=" + data));

        assertThat(code).isEqualTo(ExitCodes.OK);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data + "/exit-monitor", "sa", "");
             ResultSet user = db.createStatement().executeQuery("SELECT name, password_hash, roles FROM app_user")) {
            assertThat(user.next()).isTrue();
            assertThat(user.getString(1)).isEqualTo("张主任");
            assertThat(user.getString(2)).startsWith("{bcrypt}").doesNotContain("a long enough password");
            assertThat(user.getString(3)).isEqualTo("ANALYST,AUDITOR");
            assertThat(user.next()).isFalse();
        }
    }

    @Test
    void aShortPasswordIsRefusedAndNothingIsStored(@TempDir Path data) throws Exception {
        int code = withInput("short\n", () -> ExitMonitorApplication.run("users", "add", "bob", "--role", "UPLOADER",
                "--exit-monitor.data-dir=" + data));
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(data).isEmptyDirectory();
    }

    private static int withInput(String text, java.util.concurrent.Callable<Integer> command) throws Exception {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.call();
        } finally {
            System.setIn(stdin);
        }
    }
}
