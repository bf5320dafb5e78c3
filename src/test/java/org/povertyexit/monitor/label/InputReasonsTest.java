package org.povertyexit.monitor.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;

/** Every reason the bad-input corpus meets has its Chinese form: a new reason without one fails here. */
class InputReasonsTest {

    @Test
    void everyReasonOfTheBadInputCorpusReadsInChinese() throws IOException {
        List<Path> entries;
        try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/bad-input"))) {
            entries = corpus.filter(entry -> !entry.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertThat(entries).hasSizeGreaterThan(25);
        for (Path entry : entries) {
            try {
                new DatasetLoader().load(entry);
            } catch (InvalidDatasetException e) {
                for (InputError problem : e.errors()) {
                    String chinese = InputReasons.in(Language.ZH, problem).reason();
                    assertThat(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN)).as(entry + ": " + problem.reason()).isTrue();
                    assertThat(InputReasons.in(Language.EN, problem)).isSameAs(problem);
                }
            }
        }
    }

    @Test
    void theVariablePartsAreCarriedOver() {
        InputError duplicate = InputError.error("households.csv", 7, "id", "H0002", "duplicate id (first at row 3)")
                .about("H0002");
        assertThat(InputReasons.line(Language.ZH, duplicate))
                .isEqualTo("households.csv 第 7 行，H0002，字段 id（“H0002”）：编号重复（首次出现在第 3 行）");
        assertThat(InputReasons.line(Language.EN, duplicate))
                .isEqualTo("households.csv row 7, H0002, field id (\"H0002\"): duplicate id (first at row 3)");
        assertThat(InputReasons.in(Language.ZH, InputError.error("f", 1, "x", "y", "something new")).reason())
                .isEqualTo("something new");   // no form: shown as worded
    }
}
