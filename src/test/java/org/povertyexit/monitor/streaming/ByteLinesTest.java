package org.povertyexit.monitor.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteLinesTest {

    @TempDir
    Path folder;

    @Test
    void linesLongerThanTheBufferAndALastLineWithoutLineFeedComeBackWhole() throws Exception {
        String longLine = "马".repeat(50_000);   // 150,000 bytes: more than the 64 KiB buffer
        Path file = folder.resolve("lines");
        Files.writeString(file, "a\n\n" + longLine + "\nlast", StandardCharsets.UTF_8);

        List<String> lines = new ArrayList<>();
        try (ByteLines in = new ByteLines(file)) {
            while (in.advance()) {
                lines.add(new String(in.copy(0, in.length()), StandardCharsets.UTF_8));
            }
            assertThat(in.advance()).isFalse();
        }

        assertThat(lines).containsExactly("a", "", longLine, "last");
    }

    @Test
    void anEmptyFileHasNoLines() throws Exception {
        Path file = Files.createFile(folder.resolve("empty"));

        try (ByteLines in = new ByteLines(file)) {
            assertThat(in.advance()).isFalse();
        }
    }
}
