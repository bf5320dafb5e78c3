package db.migration;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.VillageResult;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.povertyexit.monitor.service.firing.RunFirings.CountyFirings;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.CountyPartStore;
import org.povertyexit.monitor.service.run.Gzip;
import org.povertyexit.monitor.service.run.StoredJson;
import org.povertyexit.monitor.service.run.StoredReports;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Moves the runs stored a firing a row into county rows (V3): each county's facts, results, entities and
 * firings, split from the run's input snapshot, report and firing rows; then drops the firing table. A run's
 * firings were numbered county after county in code order, so each county's are one stretch of seqs;
 * a firing that names no entity belongs with the county before it. The run rows are not touched (their
 * counties_sha256 stays NULL, so their record hashes and the chain are as they were), and the firings
 * digest still covers every firing, now read from the county rows.
 */
public class V4__County_rows_from_firing_rows extends BaseJavaMigration {

    private static final String COLUMNS = "seq, rule, criterion, severity, level, entity_id, passed, measured, "
            + "threshold, parameter, department, gap, unit, message, superseded, facts, vals";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        List<Object[]> runs = new ArrayList<>();
        try (Statement select = db.createStatement();
             ResultSet rs = select.executeQuery("SELECT run_key, id FROM run ORDER BY seq")) {
            while (rs.next()) {
                runs.add(new Object[] {rs.getLong(1), rs.getString(2)});
            }
        }
        CountyPartStore rows = new CountyPartStore(new JdbcTemplate(new SingleConnectionDataSource(db, true)));
        for (Object[] run : runs) {
            migrate(db, rows, (Long) run[0], (String) run[1]);
        }
        try (Statement drop = db.createStatement()) {
            drop.execute("DROP TABLE firing");
        }
    }

    private static void migrate(Connection db, CountyPartStore rows, long runKey, String runId) throws SQLException {
        Report report;
        Map<String, byte[]> inputOf = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT report_gz, input_gz FROM run WHERE run_key = ?")) {
            select.setLong(1, runKey);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                report = StoredReports.parse(rs.getBytes(1));
                Dataset input = StoredJson.MAPPER.readValue(Gzip.open(rs.getBytes(2)), Dataset.class);
                for (CountyFacts county : input.byCounty()) {
                    inputOf.put(county.county().code(), CanonicalForm.bytes(new Dataset(input.meta(),
                            List.of(county.county()), county.villages(), county.households())));
                }
            } catch (IOException e) {
                throw new SQLException("run " + runId + ": its input snapshot does not read", e);
            }
        }
        Map<String, Integer> positionOfCounty = new HashMap<>();
        List<CountyResult> counties = report.counties();
        for (int i = 0; i < counties.size(); i++) {
            positionOfCounty.put(counties.get(i).code(), i);
        }
        Map<String, String> countyOf = new HashMap<>();
        report.villages().forEach(v -> countyOf.put("VILLAGE " + v.code(), v.countyCode()));
        report.households().forEach(h -> countyOf.put("HOUSEHOLD " + h.id(),
                countyOf.get("VILLAGE " + h.villageCode())));
        counties.forEach(c -> countyOf.put("COUNTY " + c.code(), c.code()));

        List<List<FiringRecord>> firings = new ArrayList<>();
        counties.forEach(c -> firings.add(new ArrayList<>()));
        int[] firstSeq = new int[counties.size()];
        int current = 0;
        try (PreparedStatement select = db.prepareStatement("SELECT " + COLUMNS + " FROM firing WHERE run_key = ? "
                + "ORDER BY seq")) {
            select.setLong(1, runKey);
            select.setFetchSize(5000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    FiringRecord f = record(rs);
                    String county = countyOf.get(f.level() + " " + f.entityId());
                    int position = county == null ? current : positionOfCounty.get(county);
                    if (position < current) {
                        throw new SQLException("run " + runId + ": firing " + f.seq() + " concerns county " + county
                                + " after a later county's firings; its firings cannot be kept by county");
                    }
                    if (firings.get(position).isEmpty()) {
                        firstSeq[position] = f.seq();
                    }
                    current = position;
                    firings.get(position).add(f);
                }
            }
        }
        for (int position = 0; position < counties.size(); position++) {
            CountyPart part = CountyPart.of(inputOf.get(counties.get(position).code()),
                    part(report, counties.get(position), countyOf),
                    CountyFirings.of(firings.get(position)));
            rows.insert(runId, part.placed(position, firstSeq[position]));
        }
    }

    private static CountyReport part(Report report, CountyResult county, Map<String, String> countyOf) {
        String code = county.code();
        List<HouseholdResult> households = report.households().stream()
                .filter(h -> code.equals(countyOf.get("HOUSEHOLD " + h.id()))).toList();
        List<VillageResult> villages = report.villages().stream().filter(v -> code.equals(v.countyCode())).toList();
        List<RemediationItem> remediation = report.remediation().stream()
                .filter(item -> code.equals(countyOf.get(item.level() + " " + item.entityId()))).toList();
        return new CountyReport(households, villages, county, remediation);
    }

    private static FiringRecord record(ResultSet rs) throws SQLException {
        return new FiringRecord(rs.getInt("seq"), rs.getString("rule"), rs.getString("criterion"),
                rs.getString("severity"), rs.getString("level"), rs.getString("entity_id"),
                (Boolean) rs.getObject("passed"), rs.getString("measured"), rs.getString("threshold"),
                rs.getString("parameter"), rs.getString("department"), rs.getString("gap"), rs.getString("unit"),
                rs.getString("message"), rs.getBoolean("superseded"), rs.getString("facts"), rs.getString("vals"));
    }
}
