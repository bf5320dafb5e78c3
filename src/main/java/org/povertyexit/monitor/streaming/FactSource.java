package org.povertyexit.monitor.streaming;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetAssembler;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.DatasetOutline;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Village;

/** Where a run's households and members come from: checked as they are read, or a dataset in hand. */
@FunctionalInterface
public interface FactSource {
    /** Hands every household and member to {@code sink} and returns the rest of a valid dataset. */
    DatasetOutline check(DatasetAssembler.RecordSink sink) throws IOException, InvalidDatasetException;

    /** An input file or folder, read and checked by {@code loader}. */
    static FactSource of(DatasetLoader loader, Path input) {
        return sink -> loader.check(input, sink);
    }

    /** A dataset already held and valid (a scenario's changed facts): evaluated county by county as it is. */
    static FactSource of(Dataset dataset) {
        List<CountyFacts> counties = dataset.byCounty();
        return new ByCounty() {
            @Override
            public Meta meta() {
                return dataset.meta();
            }

            @Override
            public int countyCount() {
                return counties.size();
            }

            @Override
            public Iterator<CountyFacts> counties() {
                return counties.iterator();
            }
        };
    }


    /**
     * Facts already held county by county (a stored run's county rows, a dataset in hand): evaluated as
     * they come, without being written to working files first, in code order.
     */
    interface ByCounty extends FactSource {

        /** What the first county says of the whole: the assessment year and date. */
        Meta meta() throws IOException;

        int countyCount();

        Iterator<CountyFacts> counties();

        @Override
        default DatasetOutline check(DatasetAssembler.RecordSink sink) throws IOException {
            List<County> all = new ArrayList<>();
            List<Village> villages = new ArrayList<>();
            for (Iterator<CountyFacts> facts = counties(); facts.hasNext(); ) {
                CountyFacts county = facts.next();
                all.add(county.county());
                villages.addAll(county.villages());
                for (Household household : county.households()) {
                    sink.household(household, county.county().code());
                    household.members().forEach(member -> sink.member(member, county.county().code()));
                }
            }
            return new DatasetOutline(meta(), all, villages);
        }
    }
}
