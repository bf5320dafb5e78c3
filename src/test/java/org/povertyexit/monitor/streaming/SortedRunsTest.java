package org.povertyexit.monitor.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedRunsTest {

    @TempDir
    Path folder;

    private static SortedRuns.Entry entry(String key, String json) {
        return new SortedRuns.Entry(key, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void runsComeBackMergedInKeyOrder() throws Exception {
        SortedRuns runs = new SortedRuns(folder, "h");
        runs.add(List.of(entry("H01", "1"), entry("H04", "4"), entry("H07", "7")));
        runs.add(List.of());
        runs.add(List.of(entry("H02", "2"), entry("H03", "3"), entry("H09", "9")));
        runs.add(List.of(entry("H05", "5")));

        assertThat(all(runs)).containsExactly("1", "2", "3", "4", "5", "7", "9");
    }

    @Test
    void equalKeysKeepTheOrderOfTheirRunsAsAStableSortWould() throws Exception {
        SortedRuns runs = new SortedRuns(folder, "r");
        runs.add(List.of(entry("A", "first run"), entry("B", "first run")));
        runs.add(List.of(entry("A", "second run")));

        assertThat(all(runs)).containsExactly("first run", "second run", "first run");
    }

    @Test
    void keysMayHoldTabsLineBreaksAndAnyText() throws Exception {
        SortedRuns runs = new SortedRuns(folder, "k");
        runs.add(List.of(entry("a\tb", "{\"x\":1}"), entry("a\nb\u0000", "{\"x\":2}"), entry("户主", "{\"x\":3}")));

        assertThat(all(runs)).containsExactly("{\"x\":1}", "{\"x\":2}", "{\"x\":3}");
    }

    private static List<String> all(SortedRuns runs) throws Exception {
        List<String> all = new ArrayList<>();
        runs.merged().forEachRemaining(json -> all.add(new String(json, StandardCharsets.UTF_8)));
        return all;
    }
}
