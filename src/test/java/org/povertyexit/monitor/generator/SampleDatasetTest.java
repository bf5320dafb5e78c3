package org.povertyexit.monitor.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.RegistrationStatus;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.VillageResult;

/**
 * The bundled sample must stay useful: every criterion code fails somewhere and passes somewhere it
 * applies, every status occurs, and the file is exactly what its README's command produces.
 */
class SampleDatasetTest {

    static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json");
    /** The command of data/ningxia-2019/README.md: generate --counties 8 --households-per-county 40 --seed 2019. */
    static final GeneratorSettings README_COMMAND = new GeneratorSettings(8, 40, 2019);

    private static final List<String> HOUSEHOLD_CODES = List.of("H-INCOME", "H-FOOD-CLOTHING", "H-EDUCATION",
            "H-MEDICAL-INSURANCE", "H-MEDICAL-SELFPAY", "H-HOUSING", "H-WATER");
    private static final List<String> VILLAGE_CODES = List.of("V-INCIDENCE", "V-COLLECTIVE-INCOME", "V-INDUSTRY",
            "V-ROAD", "V-POWER", "V-CLINIC");
    private static final List<String> COUNTY_CODES = List.of("C-INCIDENCE", "C-WRONG-EXIT", "C-MISSED", "C-RECOGNITION");

    private static Dataset dataset;
    private static Report report;
    private static final Set<String> fired = new TreeSet<>();
    private static final Set<String> passed = new TreeSet<>();

    @BeforeAll
    static void evaluate() throws Exception {
        dataset = new DatasetLoader().load(SAMPLE);
        report = ExitAssessment.load(null).assess(dataset);
        Map<String, Household> households = dataset.households().stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        for (HouseholdResult result : report.households()) {
            RegistrationStatus status = households.get(result.id()).status();
            Set<String> raised = new HashSet<>(result.failed());
            raised.addAll(result.monitoring());
            raised.addAll(result.compliance());
            fired.addAll(raised);
            Set<String> applicable = new HashSet<>(List.of("D-SUBSIDY-CAP", "D-INCOME-MISMATCH"));
            if (status != RegistrationStatus.NOT_REGISTERED) {
                applicable.addAll(HOUSEHOLD_CODES);
            }
            if (status == RegistrationStatus.EXITED) {
                applicable.addAll(List.of("M-UNSTABLE", "M-SHOCK"));
            }
            if (status == RegistrationStatus.NOT_REGISTERED) {
                applicable.addAll(List.of("M-EDGE", "M-SHOCK"));
            }
            applicable.stream().filter(code -> !raised.contains(code)).forEach(passed::add);
        }
        for (VillageResult village : report.villages()) {
            if (village.status() != ExitStatus.NOT_APPLICABLE) {
                fired.addAll(village.failed());
                VILLAGE_CODES.stream().filter(code -> !village.failed().contains(code)).forEach(passed::add);
            }
        }
        for (CountyResult county : report.counties()) {
            fired.addAll(county.failed());
            COUNTY_CODES.stream().filter(code -> !county.failed().contains(code)).forEach(passed::add);
        }
    }

    @Test
    void isTheOutputOfTheDocumentedCommand() throws Exception {
        assertThat(Files.readAllBytes(SAMPLE)).isEqualTo(GeneratedDatasets.json(README_COMMAND));
    }

    @Test
    void isSmallAndShapedOnTheEightCounties() throws Exception {
        assertThat(Files.size(SAMPLE)).isLessThan(2_000_000);
        assertThat(dataset.counties()).extracting(c -> c.code())
                .containsExactly("640303", "640324", "640402", "640422", "640423", "640424", "640425", "640522");
        assertThat(dataset.households()).hasSizeBetween(200, 600);
    }

    @Test
    void everyCriterionCodeFailsSomewhereAndPassesSomewhere() {
        List<String> all = new java.util.ArrayList<>(HOUSEHOLD_CODES);
        all.addAll(List.of("M-UNSTABLE", "M-EDGE", "M-SHOCK", "D-SUBSIDY-CAP", "D-INCOME-MISMATCH"));
        all.addAll(VILLAGE_CODES);
        all.addAll(COUNTY_CODES);
        assertThat(fired).containsAll(all);
        assertThat(passed).containsAll(all);
    }

    @Test
    void everyStatusOccurs() {
        assertThat(report.households().stream().map(HouseholdResult::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ExitStatus.EXIT_READY, ExitStatus.NOT_READY, ExitStatus.STABLE,
                        ExitStatus.WRONG_EXIT_RISK, ExitStatus.NOT_APPLICABLE);
        assertThat(report.villages().stream().map(VillageResult::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ExitStatus.EXIT_READY, ExitStatus.NOT_READY, ExitStatus.NOT_APPLICABLE);
        assertThat(report.counties().stream().map(CountyResult::status).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.of(ExitStatus.EXIT_READY, ExitStatus.NOT_READY));
    }

    /** The sample's CSV folder and workbook are the same facts as its JSON (issue 3: one canonical form). */
    @Test
    void csvAndXlsxFormsHoldTheSameFacts() throws Exception {
        String hash = CanonicalForm.sha256(dataset);
        assertThat(CanonicalForm.sha256(
                new DatasetLoader().load(Path.of("data/ningxia-2019/csv")))).isEqualTo(hash);
        assertThat(CanonicalForm.sha256(
                new DatasetLoader().load(Path.of("data/ningxia-2019/dataset.xlsx")))).isEqualTo(hash);
    }
}
