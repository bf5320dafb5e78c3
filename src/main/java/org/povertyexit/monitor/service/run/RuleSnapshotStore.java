package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.rules.RuleInfo;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rule files a run was evaluated with (DRL and parameters/), stored once per distinct content,
 * with the compiled catalog (rule name, file, criterion), so an old run reproduces and explains
 * itself whatever happens to {@code rules/} later.
 */
@Repository
public class RuleSnapshotStore {

    /** A stored ruleset: file text by relative path and the catalog of its rules. */
    public record StoredRules(String sha256, Map<String, String> files, List<RuleInfo> catalog) {

        /** The names of its evidence rules: those that fire only for an entity explained. */
        public Set<String> evidenceRules() {
            return catalog.stream().filter(rule -> rule.evidence() != null).map(RuleInfo::name)
                    .collect(Collectors.toSet());
        }
    }

    private final JdbcTemplate jdbc;

    public RuleSnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the assessment's rule files unless already there; returns the snapshot's hash. */
    public String store(ExitAssessment assessment) {
        Map<String, String> files = new TreeMap<>();
        assessment.source().files().forEach((path, text) -> {
            if (path.endsWith(".drl") || path.startsWith("parameters/")) {
                files.put(path, text);
            }
        });
        byte[] filesGz = packed(files);
        String catalog = StoredJson.write(assessment.rules().rules());
        String sha = hash(filesGz, catalog);
        if (!present(sha)) {
            try {
                jdbc.update("INSERT INTO rule_snapshot (sha256, files_gz, catalog_json) VALUES (?,?,?)", sha,
                        filesGz, catalog);
            } catch (DataAccessException e) {
                // another upload of the same rules stored it meanwhile: the same content under the same hash
                if (!present(sha)) {
                    throw e;
                }
            }
        }
        return sha;
    }

    /** Rule files as they are kept (here and in the rule sets put in force): gzip of JSON, path → text. */
    public static byte[] packed(Map<String, String> files) {
        return Gzip.compress(StoredJson.bytes(new TreeMap<>(files)));
    }

    /** Rule files kept by {@link #packed}, by relative path. */
    public static Map<String, String> unpacked(byte[] filesGz) {
        try {
            return StoredJson.MAPPER.readValue(Gzip.decompress(filesGz),
                    new TypeReference<TreeMap<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean present(String sha) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM rule_snapshot WHERE sha256 = ?", Integer.class,
                sha);
        return present != null && present > 0;
    }

    public Optional<StoredRules> load(String sha) {
        return jdbc.query("SELECT files_gz, catalog_json FROM rule_snapshot WHERE sha256 = ?", (rs, i) -> {
            try {
                Map<String, String> files = unpacked(rs.getBytes(1));
                List<RuleInfo> catalog = StoredJson.MAPPER.readValue(rs.getString(2),
                        new TypeReference<List<RuleInfo>>() { });
                return new StoredRules(sha, files, catalog);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, sha).stream().findFirst();
    }

    /** The snapshot's stored hash recomputed from its columns (the verifier compares the two). */
    public Optional<String> recomputedHash(String sha) {
        return jdbc.query("SELECT files_gz, catalog_json FROM rule_snapshot WHERE sha256 = ?",
                (rs, i) -> hash(rs.getBytes(1), rs.getString(2)), sha).stream().findFirst();
    }

    private static String hash(byte[] filesGz, String catalog) {
        return Hashes.sha256(Hashes.sha256(filesGz) + "\n" + Hashes.sha256(catalog));
    }
}
