package org.povertyexit.monitor.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.povertyexit.monitor.dataset.InputProblems.Check;

/**
 * Takes the raw records of one input (any form) as they are read, types them, checks the rules that
 * span fields and entities, and either accepts the dataset or rejects it with every problem found.
 * Readers of each form (JSON, CSV folder, XLSX) feed it; the checks therefore exist once.
 *
 * <p>Checks run as records arrive, keeping ids and references, not records: households and members go
 * on to a {@link RecordSink} (memory for a {@link Dataset}, or files by county for a large input).
 */
public final class DatasetAssembler {

    /** Where typed households and members go, whether or not the dataset turns out valid. */
    public interface RecordSink {
        /** A household without its members; {@code countyCode} is null while its village is not yet read. */
        void household(Household household, String countyCode);

        /** {@code countyCode} is null while its household (or that household's village) is not yet read. */
        void member(Member member, String countyCode);

        /** The input passed its checks: records given without a county can be placed now. */
        default void accepted(UnaryOperator<String> countyOfHousehold) {
        }
    }

    private final InputProblems problems = new InputProblems();
    /** Required columns a CSV file or sheet lacks: reported once at its header, not again on every row. */
    private final Map<EntitySchema, Set<String>> absentColumns = new IdentityHashMap<>();
    /** Tables that could not be read at all (missing, empty, binary): references into them are not checked. */
    private final Set<EntitySchema> unreadable = new HashSet<>();
    private final LoadProgress progress;
    private final RecordSink sink;
    private final KeptRecords kept;
    private final List<BoundRecord> metas = new ArrayList<>();
    private final List<BoundRecord> counties = new ArrayList<>();
    private final List<BoundRecord> villages = new ArrayList<>();
    private final EntityReferences references = new EntityReferences(problems);
    private final List<BoundRecord> pendingBirths = new ArrayList<>();
    private LocalDate assessmentDate;
    private long sequence;

    /** Keeps every record, for {@link #finish}. */
    public DatasetAssembler() {
        this(LoadProgress.SILENT);
    }

    public DatasetAssembler(LoadProgress progress) {
        this(progress, new KeptRecords());
    }

    /** Hands households and members to {@code sink}; {@link #check} then says whether they are valid. */
    public DatasetAssembler(LoadProgress progress, RecordSink sink) {
        this.progress = progress;
        this.sink = sink;
        this.kept = sink instanceof KeptRecords records ? records : null;
    }

    public void problem(InputError problem) {
        problems.add(Check.READING, sequence, problem);
    }

    public void meta(RawRecord record) {
        metas.add(bind(DatasetSchema.META, record));
        BoundRecord meta = metas.get(0);
        assessmentDate = metas.size() == 1 && meta.values().values().get("assessmentYear") != null
                ? meta.values().meta().effectiveAssessmentDate() : null;
    }

    public void county(RawRecord record) {
        BoundRecord row = bind(DatasetSchema.COUNTIES, record);
        counties.add(row);
        references.county(row);
        checkAtMost(row, "wrongExitPersons", "sampledExitedPersons");
        checkAtMost(row, "missedPersons", "sampledNonRegisteredPersons");
        checkAtMost(row, "recognizingHouseholds", "surveyedHouseholds");
    }

    public void village(RawRecord record) {
        BoundRecord row = bind(DatasetSchema.VILLAGES, record);
        villages.add(row);
        references.village(row);
    }

    public void household(RawRecord record) {
        BoundRecord row = bind(DatasetSchema.HOUSEHOLDS, record);
        String county = references.household(row);
        var selfPaid = row.values().decimal("medicalSelfPaid");
        var total = row.values().decimal("medicalCostTotal");
        if (selfPaid != null && total != null && selfPaid.compareTo(total) > 0) {
            problems.add(Check.MEDICAL_COST, row.sequence(), row.error("medicalSelfPaid",
                    selfPaid.toPlainString(), "self-paid above medicalCostTotal (" + total.toPlainString() + ")"));
        }
        sink.household(row.values().household(List.of()), county);
    }

    public void member(RawRecord record) {
        BoundRecord row = bind(DatasetSchema.MEMBERS, record);
        String county = references.member(row);
        LocalDate birth = row.values().date("birthDate");
        if (birth != null && assessmentDate != null) {
            checkBirth(row, assessmentDate);
        } else if (birth != null) {
            pendingBirths.add(row);
        }
        sink.member(row.values().member(), county);
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

    private BoundRecord bind(EntitySchema schema, RawRecord record) {
        progress.row(record.file());
        sequence++;
        List<InputError> found = new ArrayList<>(0);
        TypedRow values = new TypedRow(schema.bind(record, absentColumns.getOrDefault(schema, Set.of()), found));
        found.forEach(this::problem);
        // only the location of the raw record is kept: the typed values are all the checks need
        return new BoundRecord(record.location(), values, sequence);
    }

    public List<InputError> problems() {
        return problems.all();
    }

    /** The dataset, or every problem found; warnings alone do not reject it. Only for the keeping assembler. */
    public Dataset finish(String metaFile) throws InvalidDatasetException {
        if (kept == null) {
            throw new IllegalStateException("the records went to a sink of their own: use check()");
        }
        return kept.dataset(check(metaFile));
    }

    /**
     * Runs the checks that needed every table read, then throws with every error found, or returns what
     * is small enough to hold: meta, counties and villages.
     */
    public DatasetOutline check(String metaFile) throws InvalidDatasetException {
        progress.phase(String.format("checking %,d records", sequence));
        Meta meta = unreadable.contains(DatasetSchema.META) ? null : checkMeta(metaFile);
        references.resolve(unreadable);
        if (meta == null) {
            problems.clear(Check.BIRTH_DATE);   // the meta problem says why nothing is dated
        } else {
            pendingBirths.forEach(row -> checkBirth(row, meta.effectiveAssessmentDate()));
        }
        pendingBirths.clear();
        if (!unreadable.contains(DatasetSchema.MEMBERS)) {
            references.checkHouseholdsHaveMembers();
        }
        if (problems.anyError()) {
            throw new InvalidDatasetException(problems.all().stream().filter(InputError::isError).toList(),
                    problems.errorCount());
        }
        sink.accepted(references::countyOfHousehold);
        return new DatasetOutline(meta, counties.stream().map(row -> row.values().county()).toList(),
                villages.stream().map(row -> row.values().village()).toList());
    }

    private Meta checkMeta(String metaFile) {
        if (metas.isEmpty() && problems.of(Check.READING).stream()
                .anyMatch(p -> p.isError() && p.field() == null && metaFile.equals(p.file()))) {
            return null;   // the file's own error (empty, not JSON, not UTF-8) already says why
        }
        if (metas.size() != 1) {
            problems.add(Check.META, 0, InputError.error(metaFile, null, null, null,
                    metas.isEmpty() ? "no meta record (assessmentYear is required)"
                            : "meta must have exactly one record, found " + metas.size()));
            return null;
        }
        BoundRecord row = metas.get(0);
        if (row.values().values().get("assessmentYear") == null) {
            return null;
        }
        Meta meta = row.values().meta();
        if (meta.assessmentDate() != null && meta.assessmentDate().getYear() != meta.assessmentYear()) {
            problems.add(Check.META, 0, row.error("assessmentDate", meta.assessmentDate(),
                    "not within the assessment year " + meta.assessmentYear()));
        }
        return meta;
    }

    private void checkBirth(BoundRecord member, LocalDate date) {
        LocalDate birth = member.values().date("birthDate");
        if (birth.isAfter(date)) {
            problems.add(Check.BIRTH_DATE, member.sequence(),
                    member.error("birthDate", birth, "after the assessment date " + date));
        }
    }

    private void checkAtMost(BoundRecord row, String part, String whole) {
        Object partValue = row.values().values().get(part);
        Object wholeValue = row.values().values().get(whole);
        if (partValue instanceof Integer p && wholeValue instanceof Integer w && p > w) {
            problems.add(Check.COUNTY_SAMPLES, row.sequence(),
                    row.error(part, p, "greater than " + whole + " (" + w + ")"));
        }
    }
}
