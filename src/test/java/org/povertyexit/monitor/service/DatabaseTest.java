package org.povertyexit.monitor.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DatabaseTest extends ServiceTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theTestsRunOnTheDatabaseAskedFor() throws SQLException {
        String url = System.getProperty("exit-monitor.test.db-url", "");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (url.startsWith("jdbc:postgresql:")) {
                assertThat(product).isEqualTo("PostgreSQL");
            } else {
                assertThat(product).isEqualTo("H2");
                assertThat(connection.getMetaData().getURL()).contains(DATA_DIR.toString());
            }
        }
        Integer migrations = jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE",
                Integer.class);
        assertThat(migrations).isPositive();
    }
}
