package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.service.firing.FiringBlock;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.povertyexit.monitor.service.firing.RunFirings;
import org.povertyexit.monitor.service.firing.RunKey;
import org.povertyexit.monitor.service.run.Gzip;
import org.povertyexit.monitor.service.run.StoredJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A run stored a firing a row (schema V2) is moved into county rows, firing for firing, by V4. */
class CountyRowsFromFiringRowsTest {

    private static final String RUN = "00000000-0000-0000-0000-000000000001";

    @Test
    void everyFiringOfAnOldRunIsKeptInItsCountyInOrder() throws Exception {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:v4;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        Flyway.configure().dataSource(db).target("2").load().migrate();

        ExitAssessment assessment = ExitAssessment.load(null);
        Dataset dataset = new DatasetLoader().load(Path.of("data/ningxia-2019/dataset.json"));
        List<FiringRecord> firings = oldFirings(assessment, dataset);
        Report report = assessment.assess(dataset);
        storeOldRun(jdbc, dataset, report, firings);

        Flyway.configure().dataSource(db).load().migrate();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'FIRING'",
                Integer.class)).isZero();
        List<FiringRecord> kept = new ArrayList<>();
        jdbc.query("SELECT firings_gz, first_seq FROM run_county WHERE run_key = ? ORDER BY position",
                rs -> {
                    kept.addAll(FiringBlock.decode(rs.getBytes(1), rs.getInt(2)));
                }, RunKey.of(RUN));
        assertThat(kept).isEqualTo(firings);
        assertThat(jdbc.queryForList("SELECT county_code FROM run_county ORDER BY position", String.class))
                .isEqualTo(report.counties().stream().map(c -> c.code()).toList());
        Integer counted = jdbc.queryForObject("SELECT SUM(firing_count) FROM run_county", Integer.class);
        assertThat(counted).isEqualTo(firings.size());
        assertThat(firings).hasSizeGreaterThan(report.counties().size());
        // each county's facts, split from the input snapshot: what explain replays
        byte[] input = jdbc.queryForObject("SELECT input_gz FROM run_county WHERE position = 0", byte[].class);
        Dataset first = StoredJson.MAPPER.readValue(Gzip.open(input), Dataset.class);
        assertThat(first.counties()).hasSize(1);
        assertThat(first.households().stream().map(h -> new String(CanonicalForm.of(h))).toList()).isEqualTo(
                dataset.byCounty().get(0).households().stream().map(h -> new String(CanonicalForm.of(h))).toList());
    }

    /** The firings as the recorder of the V2 schema numbered them: county after county, from 1. */
    private static List<FiringRecord> oldFirings(ExitAssessment assessment, Dataset dataset) {
        RunFirings recorder = new RunFirings();
        List<FiringRecord> firings = new ArrayList<>();
        List<CountyFacts> counties = dataset.byCounty();
        assessment.evaluateCounties(dataset.meta(), counties.size(), counties.iterator(),
                assessment.parametersFor(dataset.meta()), recorder::listener, 1, line -> { },
                (county, results) -> recorder.evaluated(county.county().code()),
                (county, block) -> firings.addAll(FiringBlock.decode(block.deflated(), firings.size() + 1)));
        return firings;
    }

    private static void storeOldRun(JdbcTemplate jdbc, Dataset dataset, Report report, List<FiringRecord> firings) {
        jdbc.update("INSERT INTO rule_snapshot VALUES ('s', ?, '[]')", (Object) new byte[] {0});
        jdbc.update("INSERT INTO run (seq, id, run_key, created_at, created_by, input_name, assessment_year, "
                + "households, input_sha256, ruleset_version, parameters_version, rule_snapshot, parameters_json, "
                + "summary_json, input_gz, report_gz, firing_count, firings_sha256, prev_hash, record_hash) "
                + "VALUES (1, ?, ?, ?, 'a', 'in', 2019, ?, 'i', 'r', 'p', 's', '[]', '{}', ?, ?, ?, 'f', 'h0', 'h1')",
                RUN, RunKey.of(RUN), Timestamp.from(Instant.now()), report.households().size(),
                Gzip.compress(CanonicalForm.bytes(dataset)),
                Gzip.compress(StoredJson.bytes(report)), firings.size());
        for (FiringRecord f : firings) {
            jdbc.update("INSERT INTO firing VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", RunKey.of(RUN), f.seq(),
                    f.rule(), f.criterion(), f.severity(), f.level(), f.entityId(), f.passed(), f.measured(),
                    f.threshold(), f.parameter(), f.department(), f.gap(), f.unit(), f.message(), f.superseded(),
                    f.facts(), f.values());
        }
    }
}
