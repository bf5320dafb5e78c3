package org.povertyexit.monitor.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the raw records of one input (any form), types them, checks the rules that span fields
 * and entities, and either builds the {@link Dataset} or rejects it with every problem found.
 * Readers of each form (JSON, CSV folder, XLSX) feed it; the checks therefore exist once.
 */
public final class DatasetAssembler {

    private record Row(RawRecord source, TypedRow values) {
        String id(String field) {
            return values.text(field);
        }
    }

    private final List<InputError> problems = new ArrayList<>();
    /** Required columns a CSV file or sheet lacks: reported once at its header, not again on every row. */
    private final Map<EntitySchema, Set<String>> absentColumns = new IdentityHashMap<>();
    /** Tables that could not be read at all (missing, empty, binary): references into them are not checked. */
    private final Set<EntitySchema> unreadable = Collections.newSetFromMap(new IdentityHashMap<>());
    private final LoadProgress progress;
    private final List<Row> metas = new ArrayList<>();
    private final List<Row> counties = new ArrayList<>();
    private final List<Row> villages = new ArrayList<>();
    private final List<Row> households = new ArrayList<>();
    private final List<Row> members = new ArrayList<>();

    public DatasetAssembler() {
        this(LoadProgress.SILENT);
    }

    public DatasetAssembler(LoadProgress progress) {
        this.progress = progress;
    }

    public void problem(InputError problem) {
        problems.add(problem);
    }

    public void meta(RawRecord record) {
        metas.add(bind(DatasetSchema.META, record));
    }

    public void county(RawRecord record) {
        counties.add(bind(DatasetSchema.COUNTIES, record));
    }

    public void village(RawRecord record) {
        villages.add(bind(DatasetSchema.VILLAGES, record));
    }

    public void household(RawRecord record) {
        households.add(bind(DatasetSchema.HOUSEHOLDS, record));
    }

    public void member(RawRecord record) {
        members.add(bind(DatasetSchema.MEMBERS, record));
    }

    /** A record of the given entity kind: what the CSV and XLSX readers call, one table at a time. */
    public void accept(EntitySchema schema, RawRecord record) {
        if (schema == DatasetSchema.META) {
            meta(record);
        } else if (schema == DatasetSchema.COUNTIES) {
            county(record);
        } else if (schema == DatasetSchema.VILLAGES) {
            village(record);
        } else if (schema == DatasetSchema.HOUSEHOLDS) {
            household(record);
        } else if (schema == DatasetSchema.MEMBERS) {
            member(record);
        } else {
            throw new IllegalArgumentException("not an entity of the dataset: " + schema.name());
        }
    }

    /** Declares required columns missing from a table's header (already reported there). */
    public void columnsAbsent(EntitySchema schema, Set<String> fields) {
        absentColumns.computeIfAbsent(schema, k -> new HashSet<>()).addAll(fields);
    }

    /**
     * Declares a table unreadable, its reason already reported: checks that depend on its content (the
     * meta record, references into it, members of households) are skipped rather than failing by the
     * thousand for one missing or damaged file.
     */
    public void unreadable(EntitySchema schema) {
        unreadable.add(schema);
    }

    private Row bind(EntitySchema schema, RawRecord record) {
        progress.row(record.file());
        // only the location of the raw record is kept: the typed values are all the checks need
        return new Row(record.location(), new TypedRow(schema.bind(record, absentColumns.getOrDefault(schema, Set.of()),
                problems)));
    }

    public List<InputError> problems() {
        return List.copyOf(problems);
    }

    /** The dataset, or every problem found; warnings alone do not reject it. */
    public Dataset finish(String metaFile) throws InvalidDatasetException {
        progress.phase(String.format("checking %,d records", metas.size() + counties.size() + villages.size()
                + households.size() + members.size()));
        Meta meta = unreadable.contains(DatasetSchema.META) ? null : checkMeta(metaFile);
        checkUnique(counties, "code");
        checkUnique(villages, "code");
        checkUnique(households, "id");
        checkUnique(members, "id");
        if (!unreadable.contains(DatasetSchema.COUNTIES)) {
            checkReferences(villages, "countyCode", counties, "code", "no county has this code");
        }
        if (!unreadable.contains(DatasetSchema.VILLAGES)) {
            checkReferences(households, "villageCode", villages, "code", "no village has this code");
        }
        if (!unreadable.contains(DatasetSchema.HOUSEHOLDS)) {
            checkReferences(members, "householdId", households, "id", "no household has this id");
        }
        counties.forEach(this::checkCountySamples);
        households.forEach(this::checkMedicalCost);
        if (meta != null) {
            LocalDate date = meta.effectiveAssessmentDate();
            for (Row member : members) {
                LocalDate birth = member.values().date("birthDate");
                if (birth != null && birth.isAfter(date)) {
                    problems.add(member.source().error("birthDate", birth, "after the assessment date " + date));
                }
            }
        }
        Map<String, List<Member>> membersByHousehold = new HashMap<>();
        for (Row member : members) {
            membersByHousehold.computeIfAbsent(member.id("householdId"), k -> new ArrayList<>())
                    .add(member.values().member());
        }
        for (Row household : unreadable.contains(DatasetSchema.MEMBERS) ? List.<Row>of() : households) {
            if (household.id("id") != null && !membersByHousehold.containsKey(household.id("id"))) {
                problems.add(household.source().error("members", null, "household has no members"));
            }
        }
        if (problems.stream().anyMatch(InputError::isError)) {
            throw new InvalidDatasetException(problems.stream().filter(InputError::isError).toList());
        }
        return new Dataset(meta,
                counties.stream().map(row -> row.values().county()).toList(),
                villages.stream().map(row -> row.values().village()).toList(),
                households.stream()
                        .map(row -> row.values().household(membersByHousehold.get(row.id("id")))).toList());
    }

    private Meta checkMeta(String metaFile) {
        if (metas.isEmpty() && unreadable(metaFile)) {
            return null;   // the file's own error (empty, not JSON, not UTF-8) already says why
        }
        if (metas.size() != 1) {
            problems.add(InputError.error(metaFile, null, null, null,
                    metas.isEmpty() ? "no meta record (assessmentYear is required)"
                            : "meta must have exactly one record, found " + metas.size()));
            return null;
        }
        Row row = metas.get(0);
        if (row.values().values().get("assessmentYear") == null) {
            return null;
        }
        Meta meta = row.values().meta();
        if (meta.assessmentDate() != null && meta.assessmentDate().getYear() != meta.assessmentYear()) {
            problems.add(row.source().error("assessmentDate", meta.assessmentDate(),
                    "not within the assessment year " + meta.assessmentYear()));
        }
        return meta;
    }

    /** A whole-file error (no field) was found in {@code file}: nothing in it could be read. */
    private boolean unreadable(String file) {
        return problems.stream().anyMatch(p -> p.isError() && p.field() == null && file.equals(p.file()));
    }

    private void checkUnique(List<Row> rows, String field) {
        Map<String, Row> first = new HashMap<>();
        for (Row row : rows) {
            String id = row.id(field);
            if (id == null) {
                continue;
            }
            Row earlier = first.putIfAbsent(id, row);
            if (earlier != null) {
                problems.add(row.source().error(field, id, "duplicate id (first at " + where(earlier.source()) + ")"));
            }
        }
    }

    private static String where(RawRecord record) {
        return record.row() != null ? "row " + record.row() : record.path();
    }

    private void checkReferences(List<Row> rows, String field, List<Row> targets, String targetField, String reason) {
        java.util.Set<String> known = new java.util.HashSet<>();
        targets.forEach(target -> known.add(target.id(targetField)));
        for (Row row : rows) {
            String ref = row.id(field);
            if (ref != null && !known.contains(ref)) {
                problems.add(row.source().error(field, ref, reason));
            }
        }
    }

    private void checkCountySamples(Row county) {
        checkAtMost(county, "wrongExitPersons", "sampledExitedPersons");
        checkAtMost(county, "missedPersons", "sampledNonRegisteredPersons");
        checkAtMost(county, "recognizingHouseholds", "surveyedHouseholds");
    }

    private void checkAtMost(Row row, String part, String whole) {
        Object partValue = row.values().values().get(part);
        Object wholeValue = row.values().values().get(whole);
        if (partValue instanceof Integer p && wholeValue instanceof Integer w && p > w) {
            problems.add(row.source().error(part, p, "greater than " + whole + " (" + w + ")"));
        }
    }

    private void checkMedicalCost(Row household) {
        var selfPaid = household.values().decimal("medicalSelfPaid");
        var total = household.values().decimal("medicalCostTotal");
        if (selfPaid != null && total != null && selfPaid.compareTo(total) > 0) {
            problems.add(household.source().error("medicalSelfPaid", selfPaid.toPlainString(),
                    "self-paid above medicalCostTotal (" + total.toPlainString() + ")"));
        }
    }
}
