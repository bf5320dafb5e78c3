package org.povertyexit.monitor.scenario;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.Map;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetAssembler;
import org.povertyexit.monitor.dataset.DatasetSchema;
import org.povertyexit.monitor.dataset.EntitySchema;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.RawRecord;
import org.povertyexit.monitor.dataset.Village;

/**
 * Re-checks a change's result through {@link DatasetAssembler}, the one place that knows
 * data-format.md's rules (types, ranges, selfPaid ≤ total, references, birth dates), and builds the
 * changed records the way input builds them. It feeds the meta, all counties and villages (the targets
 * of references, few) and only the households a change touched, each with all its members; the
 * baseline was valid, so any problem found is the change's, and its path says so.
 */
final class Reassembly {

    private final WorkingFacts facts;
    private final String source;
    private final String changePath;
    private final DatasetAssembler assembler = new DatasetAssembler();

    Reassembly(WorkingFacts facts, String source, FactChange change) {
        this.facts = facts;
        this.source = source;
        this.changePath = change.path() + " → ";
    }

    /** Counties, with {@code changed} values by code replacing their own. */
    Reassembly counties(Map<String, Map<String, Object>> changed) {
        assembler.meta(EntityValues.raw(source, "meta", EntityValues.of(facts.meta(), DatasetSchema.META)));
        for (County county : facts.counties()) {
            feed(changed.get(county.code()), county, "counties[" + county.code() + "]", DatasetSchema.COUNTIES,
                    assembler::county);
        }
        return this;
    }

    Reassembly villages(Map<String, Map<String, Object>> changed) {
        for (Village village : facts.villages()) {
            feed(changed.get(village.code()), village, "villages[" + village.code() + "]", DatasetSchema.VILLAGES,
                    assembler::village);
        }
        return this;
    }

    /** The touched households, with changed household values by id and changed member values by member id. */
    Reassembly households(Collection<Household> touched, Map<String, Map<String, Object>> changedHouseholds,
                          Map<String, Map<String, Object>> changedMembers) {
        for (Household household : touched) {
            String path = "households[" + household.id() + "]";
            feed(changedHouseholds.get(household.id()), household, path, DatasetSchema.HOUSEHOLDS,
                    assembler::household);
            for (Member member : household.members()) {
                feed(changedMembers.get(member.id()), member, path + ".members[" + member.id() + "]",
                        DatasetSchema.MEMBERS, assembler::member);
            }
        }
        return this;
    }

    /** The re-built facts (only those fed), or the change's problems. */
    Dataset finish() throws InvalidScenarioException {
        try {
            return assembler.finish(source);
        } catch (InvalidDatasetException e) {
            throw new InvalidScenarioException(e.errors());
        }
    }

    private void feed(Map<String, Object> changed, Record entity, String path,
                      EntitySchema schema, Consumer<RawRecord> sink) {
        if (changed != null) {
            sink.accept(EntityValues.raw(source, changePath + path, changed));
        } else {
            sink.accept(EntityValues.raw(source, path, EntityValues.of(entity, schema)));
        }
    }
}
