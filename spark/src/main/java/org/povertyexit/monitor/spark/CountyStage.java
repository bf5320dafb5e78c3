package org.povertyexit.monitor.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetAssembler;
import org.povertyexit.monitor.dataset.DatasetSchema;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.service.firing.RunFirings;

/**
 * The second stage, on an executor: one county with every household placed in it is checked by the
 * dataset's assembler as a dataset of that county, then evaluated by {@link ExitAssessment#evaluateCounties}
 * in one rule session, as {@code evaluate} evaluates it: households, villages and the county together,
 * since projected poor and incidence need every household of a village and of the county. The session's
 * firings are recorded by the service's own recorder.
 */
final class CountyStage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Broadcast<InputOutline> outline;
    private final ShippedRules rules;

    CountyStage(Broadcast<InputOutline> outline, ShippedRules rules) {
        this.outline = outline;
        this.rules = rules;
    }

    CountyOutput evaluate(String countyCode, Iterable<Placed> placed) {
        InputOutline input = outline.value();
        DatasetAssembler assembler = input.assemblerFor(countyCode);
        for (Placed household : placed) {
            if (household.household() == null) {
                continue;
            }
            assembler.household(input.record(DatasetSchema.HOUSEHOLDS.name(), household.household()));
            for (Map<String, String> member : household.members()) {
                assembler.member(input.record(DatasetSchema.MEMBERS.name(), member));
            }
        }
        Dataset dataset;
        try {
            dataset = assembler.finish(input.metaFile());
        } catch (InvalidDatasetException e) {
            return CountyOutput.rejected(countyCode, e.errors().stream().map(InputError::toString).toList());
        }
        return evaluate(dataset.meta(), dataset.byCounty().get(0));
    }

    private CountyOutput evaluate(Meta meta, CountyFacts facts) {
        ExitAssessment assessment = rules.assessment();
        ParameterSet parameters = assessment.parametersFor(meta);
        RunFirings firings = new RunFirings();
        List<CountyOutput> done = new ArrayList<>(1);
        long start = System.nanoTime();
        assessment.evaluateCounties(meta, 1, List.of(facts).iterator(), parameters, firings::listener, 1,
                line -> { }, (county, report) -> CountyOutput.of(meta, county, report,
                        firings.evaluated(county.county().code()), System.nanoTime() - start),
                (county, output) -> done.add(output));
        return done.get(0);
    }
}
