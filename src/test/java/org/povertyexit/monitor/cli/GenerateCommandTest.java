package org.povertyexit.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.ExitMonitorApplication;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.DatasetLoader;

class GenerateCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(originalErr);
    }

    @Test
    void writesTheSameFileTwiceForOneSeed(@TempDir Path folder) throws Exception {
        Path first = folder.resolve("a/one.json");
        Path second = folder.resolve("two.json");
        String[] options = {"--counties", "2", "--households-per-county", "30", "--seed", "5", "--format", "JSON"};
        assertThat(ExitMonitorApplication.run(concat("generate", "--out", first.toString(), options))).isZero();
        assertThat(ExitMonitorApplication.run(concat("generate", "--out", second.toString(), options))).isZero();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("generated 60 households in 2 counties (seed 5)");
        assertThat(ExitMonitorApplication.run("evaluate", first.toString(), "--out", folder.resolve("r.json").toString()))
                .isZero();
    }

    @Test
    void writesTheSameFactsInEveryForm(@TempDir Path folder) throws Exception {
        String[] options = {"--counties", "2", "--households-per-county", "25", "--seed", "9"};
        Path json = folder.resolve("d.json");
        Path csv = folder.resolve("csv");
        Path xlsx = folder.resolve("d.xlsx");
        assertThat(ExitMonitorApplication.run(concat("generate", "--out", json.toString(), options))).isZero();
        assertThat(ExitMonitorApplication.run(concat("generate", "--out", csv.toString(),
                concat("--format", "csv", options)))).isZero();
        assertThat(ExitMonitorApplication.run(concat("generate", "--out", xlsx.toString(),
                concat("--format", "xlsx", options)))).isZero();
        String hash = CanonicalForm.sha256(new DatasetLoader().load(json));
        assertThat(CanonicalForm.sha256(new DatasetLoader().load(csv))).isEqualTo(hash);
        assertThat(CanonicalForm.sha256(new DatasetLoader().load(xlsx))).isEqualTo(hash);
    }

    @Test
    void rejectsBadOptionsWithAMessage(@TempDir Path folder) {
        String out = folder.resolve("x.json").toString();
        assertThat(ExitMonitorApplication.run("generate", "--out", out, "--format", "pdf")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("format 'pdf' is not available");
        assertThat(ExitMonitorApplication.run("generate", "--out", out, "--counties", "0")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("counties must be");
        assertThat(Files.exists(folder.resolve("x.json"))).isFalse();
    }

    private static String[] concat(String command, String flag, String value, String... rest) {
        String[] all = new String[rest.length + 3];
        all[0] = command;
        all[1] = flag;
        all[2] = value;
        System.arraycopy(rest, 0, all, 3, rest.length);
        return all;
    }

    private static String[] concat(String flag, String value, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = flag;
        all[1] = value;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
