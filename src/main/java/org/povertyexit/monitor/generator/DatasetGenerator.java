package org.povertyexit.monitor.generator;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.povertyexit.monitor.dataset.DatasetWriter;
import org.povertyexit.monitor.dataset.Meta;

/**
 * Generates a synthetic dataset shaped on Ningxia's southern counties in 2019, straight into a
 * {@link DatasetWriter}: counties and villages are planned first (a few numbers each), then households
 * are drawn and written one at a time, so a million households need no more memory than ten. The same
 * settings give the same dataset, value for value.
 */
public final class DatasetGenerator {

    /** Progress is told every this many households (and at each county) on runs at least this big. */
    static final int PROGRESS_STEP = 100_000;

    private final GeneratorSettings settings;
    private final Consumer<String> progress;
    private final int progressStep;

    /** {@code progress} receives one line now and then on big runs; pass {@code line -> {}} for none. */
    public DatasetGenerator(GeneratorSettings settings, Consumer<String> progress) {
        this(settings, progress, PROGRESS_STEP);
    }

    DatasetGenerator(GeneratorSettings settings, Consumer<String> progress, int progressStep) {
        this.settings = settings;
        this.progress = progress;
        this.progressStep = progressStep;
    }

    public void generate(DatasetWriter writer) throws IOException {
        LocalDate date = LocalDate.of(Targets.ASSESSMENT_YEAR, 12, 31);
        ProfileDrawer drawer = new ProfileDrawer();
        List<CountyPlan> plans = new Planner(settings, drawer).plan();
        writer.meta(new Meta(Targets.ASSESSMENT_YEAR, date, "宁夏"));
        for (CountyPlan plan : plans) {
            writer.county(plan.county());
        }
        for (CountyPlan plan : plans) {
            for (VillagePlan village : plan.villages()) {
                writer.village(village.village());
            }
        }
        HouseholdFactory factory = new HouseholdFactory(date);
        long written = 0;
        int width = Math.max(7, Long.toString(settings.households()).length());
        for (CountyPlan plan : plans) {
            tellBig(plan.county().name() + " " + plan.county().code() + ": " + plan.villages().size()
                    + " villages, " + plan.households() + " households");
            for (VillagePlan village : plan.villages()) {
                VillageDesign design = village.design();
                SplittableRandom profiles = Seeds.stream(settings.seed(), Seeds.Purpose.PROFILE,
                        design.countyIndex(), design.villageIndex());
                SplittableRandom details = Seeds.stream(settings.seed(), Seeds.Purpose.DETAIL,
                        design.countyIndex(), design.villageIndex());
                for (int i = 0; i < design.households(); i++) {
                    HouseholdProfile profile = drawer.draw(profiles, design.faultWeight());
                    String id = "H" + String.format("%0" + width + "d", ++written);
                    writer.household(factory.build(details, id, design, profile));
                    if (written % progressStep == 0) {
                        progress.accept(written + " / " + settings.households() + " households written");
                    }
                }
            }
        }
    }

    private void tellBig(String line) {
        if (settings.households() >= progressStep) {
            progress.accept(line);
        }
    }
}
