package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Report;

/**
 * The fixture's baseline passes every criterion, and every criterion that applies to it is evaluated:
 * each failing test elsewhere therefore fails for the one field it changes.
 */
class BaselineTest {

    @Test
    void baselinePassesEverythingWithNothingToRemedy() {
        Report report = Facts.baseline().assess().report();

        assertThat(report.households()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(ExitStatus.EXIT_READY);
            assertThat(h.failed()).isEmpty();
            assertThat(h.monitoring()).isEmpty();
            assertThat(h.compliance()).isEmpty();
            assertThat(h.flags()).isEmpty();
        });
        assertThat(report.villages()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(ExitStatus.EXIT_READY);
            assertThat(v.projectedPoor()).isZero();
        });
        assertThat(report.counties()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ExitStatus.EXIT_READY));
        assertThat(report.remediation()).isEmpty();
    }

    @Test
    void everyApplicableCriterionIsEvaluatedOnTheBaselineAndNoCheckFires() {
        Facts facts = Facts.baseline();
        facts.household().set("reportedPerCapitaNetIncome", "30000.00");
        Dataset dataset = facts.dataset();
        ExitAssessment assessment = Facts.assessment();
        List<String> checked = new ArrayList<>();
        List<String> evidenced = new ArrayList<>();

        // a session that explains every entity: each criterion that applies leaves its evidence
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                Map<String, Object> metadata = event.getMatch().getRule().getMetaData();
                if (metadata.get("criterion") != null) {
                    checked.add(metadata.get("criterion").toString());
                }
                if (metadata.get("evidence") != null) {
                    evidenced.add(metadata.get("evidence").toString());
                }
            }
        };
        new Evaluator(assessment.rules(), county -> listener, entity -> true)
                .evaluate(dataset.meta(), dataset.byCounty().get(0), assessment.parametersFor(dataset.meta()));

        // the criteria are decided in the rules' conditions: a baseline that passes fires no check
        assertThat(checked).isEmpty();
        // a NOT_EXITED household: neither M-UNSTABLE, M-EDGE nor M-SHOCK applies
        assertThat(evidenced).containsExactlyInAnyOrder("H-INCOME", "H-FOOD-CLOTHING", "H-EDUCATION",
                "H-MEDICAL-INSURANCE", "H-MEDICAL-SELFPAY", "H-HOUSING", "H-WATER", "D-SUBSIDY-CAP",
                "D-INCOME-MISMATCH", "V-INCIDENCE", "V-COLLECTIVE-INCOME", "V-INDUSTRY", "V-ROAD", "V-POWER",
                "V-CLINIC", "C-INCIDENCE", "C-WRONG-EXIT", "C-MISSED", "C-RECOGNITION");
    }
}
