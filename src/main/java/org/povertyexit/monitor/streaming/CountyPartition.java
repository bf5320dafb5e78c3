package org.povertyexit.monitor.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.DatasetAssembler;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Village;

/**
 * The households and members of a large input, written to a file per county as they are read, so that
 * each county can then be evaluated in turn without the whole input in memory. Records read before
 * their county could be known (a JSON file that lists households before villages) wait in a file of
 * their own until the input has passed its checks.
 */
final class CountyPartition implements DatasetAssembler.RecordSink, Closeable {

    /** Open files at once: a province has about a hundred counties, the whole country 2,800. */
    private static final int OPEN_FILES = 64;
    private static final byte HOUSEHOLD = 'H';
    private static final byte MEMBER = 'M';
    /** Decimals as BigDecimal writes them (20 with scale −1 is 2E+1), so that they read back equal, scale and all. */
    private static final ObjectMapper RECORDS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final ObjectReader HOUSEHOLDS = RECORDS.readerFor(Household.class);
    private static final ObjectReader MEMBERS = RECORDS.readerFor(Member.class);

    private final Path folder;
    private final Path unplaced;
    private final Map<String, Path> countyFiles = new HashMap<>();
    private final Map<Path, OutputStream> open = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, OutputStream> eldest) {
            if (size() <= OPEN_FILES) {
                return false;
            }
            close(eldest.getValue());
            return true;
        }
    };

    CountyPartition(Path folder) {
        this.folder = folder;
        this.unplaced = folder.resolve("unplaced.jsonl");
    }

    @Override
    public void household(Household household, String countyCode) {
        write(countyCode, HOUSEHOLD, household);
    }

    @Override
    public void member(Member member, String countyCode) {
        write(countyCode, MEMBER, member);
    }

    /** Files what waited for its county, now that every household's county is known. */
    @Override
    public void accepted(UnaryOperator<String> countyOfHousehold) {
        if (!Files.exists(unplaced)) {
            return;
        }
        try {
            close(open.remove(unplaced));
            try (ByteLines lines = new ByteLines(unplaced)) {
                for (byte[] line = lines.next(); line != null; line = lines.next()) {
                    String household = line[0] == HOUSEHOLD ? household(line).id()
                            : member(line).householdId();
                    OutputStream out = stream(fileOf(countyOfHousehold.apply(household)));
                    out.write(line);
                    out.write('\n');
                }
            }
            Files.delete(unplaced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The county with its villages and its households, members attached; its file is deleted once read. */
    CountyFacts read(County county, List<Village> villages) throws IOException {
        List<Household> households = new ArrayList<>();
        Map<String, List<Member>> members = new HashMap<>();
        Path file = countyFiles.get(county.code());
        if (file != null) {
            close(open.remove(file));
            try (ByteLines lines = new ByteLines(file)) {
                for (byte[] line = lines.next(); line != null; line = lines.next()) {
                    if (line[0] == HOUSEHOLD) {
                        households.add(household(line));
                    } else {
                        Member member = member(line);
                        members.computeIfAbsent(member.householdId(), k -> new ArrayList<>()).add(member);
                    }
                }
            }
            Files.delete(file);
        }
        return new CountyFacts(county, villages, households.stream()
                .map(household -> household.withMembers(members.get(household.id())))
                .sorted(Comparator.comparing(Household::id)).toList());
    }

    @Override
    public void close() {
        open.values().forEach(CountyPartition::close);
        open.clear();
    }

    private void write(String countyCode, byte tag, Object record) {
        try {
            OutputStream out = stream(countyCode == null ? unplaced : fileOf(countyCode));
            out.write(tag);
            out.write(RECORDS.writeValueAsBytes(record));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File names are numbers: a county code is checked text, not necessarily a safe file name. */
    private Path fileOf(String countyCode) {
        return countyFiles.computeIfAbsent(countyCode, code -> folder.resolve("county-" + countyFiles.size() + ".jsonl"));
    }

    private OutputStream stream(Path file) throws IOException {
        OutputStream out = open.get(file);
        if (out == null) {
            out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), 1 << 16);
            open.put(file, out);
        }
        return out;
    }

    private static Household household(byte[] line) throws IOException {
        return HOUSEHOLDS.readValue(line, 1, line.length - 1);
    }

    private static Member member(byte[] line) throws IOException {
        return MEMBERS.readValue(line, 1, line.length - 1);
    }

    private static void close(OutputStream out) {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
