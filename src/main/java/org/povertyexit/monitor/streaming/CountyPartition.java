package org.povertyexit.monitor.streaming;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.povertyexit.monitor.PrivateFiles;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.DatasetAssembler;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Village;

/**
 * The households and members of a large input, written to a file per county as they are read, so that
 * each county can then be evaluated in turn without the whole input in memory. They are written as the
 * typed values they were checked into ({@link RecordCodec}): nothing is parsed twice. Records read before
 * their county could be known (a JSON file that lists households before villages) wait in a file of
 * their own until the input has passed its checks.
 */
final class CountyPartition implements DatasetAssembler.RecordSink, Closeable {

    /** Open files at once: a province has about a hundred counties, the whole country 2,800. */
    private static final int OPEN_FILES = 64;

    private final Path folder;
    private final Path unplaced;
    private final Map<String, Path> countyFiles = new HashMap<>();
    /** The lowest and highest household id of each county: see {@link #inIdOrder}. */
    private final Map<String, String[]> idRanges = new HashMap<>();
    private final Map<Path, DataOutputStream> open = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, DataOutputStream> eldest) {
            if (size() <= OPEN_FILES) {
                return false;
            }
            close(eldest.getValue());
            return true;
        }
    };

    CountyPartition(Path folder) {
        this.folder = folder;
        this.unplaced = folder.resolve("unplaced.records");
    }

    @Override
    public void household(Household household, String countyCode) {
        if (countyCode != null) {
            placed(household, countyCode);
        }
        try {
            RecordCodec.write(stream(countyCode == null ? unplaced : fileOf(countyCode)), household);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void member(Member member, String countyCode) {
        try {
            RecordCodec.write(stream(countyCode == null ? unplaced : fileOf(countyCode)), member);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files what waited for its county, now that every household's county is known. */
    @Override
    public void accepted(UnaryOperator<String> countyOfHousehold) {
        if (!Files.exists(unplaced)) {
            return;
        }
        try {
            close(open.remove(unplaced));
            try (DataInputStream records = input(unplaced)) {
                for (Object record = RecordCodec.read(records); record != null; record = RecordCodec.read(records)) {
                    if (record instanceof Household household) {
                        String county = countyOfHousehold.apply(household.id());
                        placed(household, county);
                        RecordCodec.write(stream(fileOf(county)), household);
                    } else {
                        Member member = (Member) record;
                        RecordCodec.write(stream(fileOf(countyOfHousehold.apply(member.householdId()))), member);
                    }
                }
            }
            Files.delete(unplaced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the households of {@code counties} (in code order) are also in id order county after county:
     * each county's lowest id above the highest of those before it, as in an input numbered by county. The
     * input's canonical form (households by id) is then its counties' households one county after another.
     */
    boolean inIdOrder(List<County> counties) {
        String highest = null;
        for (County county : counties) {
            String[] range = idRanges.get(county.code());
            if (range == null) {
                continue;
            }
            if (highest != null && range[0].compareTo(highest) <= 0) {
                return false;
            }
            highest = range[1];
        }
        return true;
    }

    private void placed(Household household, String countyCode) {
        String id = household.id();
        String[] range = idRanges.get(countyCode);
        if (range == null) {
            idRanges.put(countyCode, new String[] {id, id}); // no lambda captured for every household
        } else if (id.compareTo(range[0]) < 0) {
            range[0] = id;
        } else if (id.compareTo(range[1]) > 0) {
            range[1] = id;
        }
    }

    /** The county with its villages and its households, members attached; its file is deleted once read. */
    CountyFacts read(County county, List<Village> villages) throws IOException {
        List<Household> households = new ArrayList<>();
        Map<String, List<Member>> members = new HashMap<>();
        Path file = countyFiles.get(county.code());
        if (file != null) {
            close(open.remove(file));
            try (DataInputStream records = input(file)) {
                for (Object record = RecordCodec.read(records); record != null; record = RecordCodec.read(records)) {
                    if (record instanceof Household household) {
                        households.add(household);
                    } else {
                        Member member = (Member) record;
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

    /** File names are numbers: a county code is checked text, not necessarily a safe file name. */
    private Path fileOf(String countyCode) {
        return countyFiles.computeIfAbsent(countyCode,
                code -> folder.resolve("county-" + countyFiles.size() + ".records"));
    }

    private DataOutputStream stream(Path file) throws IOException {
        DataOutputStream out = open.get(file);
        if (out == null) {
            out = new DataOutputStream(new BufferedOutputStream(PrivateFiles.append(file), 1 << 16));
            open.put(file, out);
        }
        return out;
    }

    private static DataInputStream input(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
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
