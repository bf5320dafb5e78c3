package org.povertyexit.monitor.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.povertyexit.monitor.dataset.DatasetAssembler;
import org.povertyexit.monitor.dataset.DatasetOutline;
import org.povertyexit.monitor.dataset.DatasetSchema;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.dataset.RawRecord;

/**
 * What an input holds besides its households and members (meta, counties, villages): small, read on the
 * driver and checked there by the dataset's own assembler, then shipped to every county's task as the raw
 * rows that task checks again with its households (so each county is checked as a whole by the same code).
 */
final class InputOutline implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> files = new HashMap<>();
    private HashMap<String, String> meta;
    private final HashMap<String, HashMap<String, String>> counties = new HashMap<>();
    private final HashMap<String, ArrayList<HashMap<String, String>>> villagesByCounty = new HashMap<>();
    private final HashMap<String, String> countyOfVillage = new HashMap<>();
    private transient DatasetOutline checked;

    /** Reads and checks the three small tables; an invalid one throws with every problem found. */
    static InputOutline read(InputTables tables) throws IOException, InvalidDatasetException {
        InputOutline outline = new InputOutline();
        DatasetAssembler assembler = new DatasetAssembler();
        InputTables.Table metaTable = tables.read(DatasetSchema.META);
        InputTables.Table countyTable = tables.read(DatasetSchema.COUNTIES);
        InputTables.Table villageTable = tables.read(DatasetSchema.VILLAGES);
        for (Row row : metaTable.rows().collectAsList()) {
            outline.meta = RawRows.values(row);
            assembler.meta(RawRows.record(metaTable.file(), outline.meta));
        }
        for (Row row : countyTable.rows().collectAsList()) {
            HashMap<String, String> county = RawRows.values(row);
            assembler.county(RawRows.record(countyTable.file(), county));
            outline.counties.put(key(county.get("code")), county);
        }
        for (Row row : villageTable.rows().collectAsList()) {
            HashMap<String, String> village = RawRows.values(row);
            assembler.village(RawRows.record(villageTable.file(), village));
            String county = key(village.get("countyCode"));
            outline.villagesByCounty.computeIfAbsent(county, k -> new ArrayList<>()).add(village);
            outline.countyOfVillage.put(key(village.get("code")), county);
        }
        outline.files.put(DatasetSchema.META.name(), metaTable.file());
        outline.files.put(DatasetSchema.COUNTIES.name(), countyTable.file());
        outline.files.put(DatasetSchema.VILLAGES.name(), villageTable.file());
        outline.checked = assembler.check(metaTable.file());
        return outline;
    }

    /** A code as the checks read it (text is trimmed); null stays null. */
    static String key(String code) {
        return code == null ? null : code.trim();
    }

    /** The typed, checked outline (on the driver only). */
    DatasetOutline checked() {
        return checked;
    }

    void file(String table, String file) {
        files.put(table, file);
    }

    String file(String table) {
        return files.get(table);
    }

    /** The county a village belongs to, or null when no such village. */
    String countyOfVillage(String villageCode) {
        return villageCode == null ? null : countyOfVillage.get(key(villageCode));
    }

    /**
     * Hands the county's meta, county and village rows to a fresh assembler, as a reader of the whole input
     * would; its households and members follow.
     */
    DatasetAssembler assemblerFor(String countyCode) {
        DatasetAssembler assembler = new DatasetAssembler();
        assembler.meta(record(DatasetSchema.META.name(), meta));
        assembler.county(record(DatasetSchema.COUNTIES.name(), counties.get(countyCode)));
        for (Map<String, String> village : villagesByCounty.getOrDefault(countyCode, new ArrayList<>())) {
            assembler.village(record(DatasetSchema.VILLAGES.name(), village));
        }
        return assembler;
    }

    List<String> countyCodes() {
        return new ArrayList<>(counties.keySet());
    }

    String metaFile() {
        return files.get(DatasetSchema.META.name());
    }

    RawRecord record(String table, Map<String, String> values) {
        return RawRows.record(files.get(table), values);
    }
}
