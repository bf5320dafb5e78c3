package org.povertyexit.monitor.service.web.whatif;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.scenario.InvalidScenarioException;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredRun;
import org.povertyexit.monitor.service.scenario.ScenarioRunView;
import org.povertyexit.monitor.service.scenario.ScenarioRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The scenario form of a run: a new value for any of its parameters, changes to its facts, a name; below
 * it the run's scenario runs, to open or compare. The form is posted as the scenario input of
 * report-format.md and created as {@code POST /api/runs/{id}/scenarios} creates it (the same scope check,
 * the same {@link ScenarioRuns#create}); a rejected one comes back with each problem beside its input.
 */
@Controller
class ScenarioFormPage {

    private final ScenarioRuns scenarios;
    private final ScopedRuns scoped;
    private final StoredRun stored;
    private final long maxBytes;

    ScenarioFormPage(ScenarioRuns scenarios, ScopedRuns scoped, StoredRun stored,
                     @Value("${exit-monitor.scenario.max-size:256KB}") DataSize maxSize) {
        this.scenarios = scenarios;
        this.scoped = scoped;
        this.stored = stored;
        this.maxBytes = maxSize.toBytes();
    }

    @GetMapping("/runs/{id}/what-if")
    String form(@PathVariable String id, Principal user, Model model) {
        RunRecord run = scoped.whole(id, CountyScope.of(user));
        if (run.isScenario()) {   // a scenario run's what-if is its comparison with its baseline
            return "redirect:/runs/" + run.scenario().baselineId() + "/scenarios/" + run.id();
        }
        return form(run, ScenarioForm.blank(), LocatedProblems.none(), model);
    }

    /** One more empty change row (htmx appends it to the form's rows). */
    @GetMapping("/runs/{id}/what-if/change-row")
    String changeRow(@PathVariable String id, Principal user, Model model) {
        scoped.header(id, CountyScope.of(user));
        model.addAttribute("row", ChangeRow.blank());
        model.addAttribute("rowProblems", List.of());
        model.addAttribute("fieldChoices", FieldChoice.all());
        model.addAttribute("levels", FieldChoice.LEVELS);
        model.addAttribute("operations", ChangeRow.OPERATIONS);
        return "whatif/form :: change-row";
    }

    /** Where a rejected form was answered: asked again (the language switch, a reload), it is the form. */
    @GetMapping("/runs/{id}/scenarios")
    String formAgain(@PathVariable String id) {
        return "redirect:/runs/" + id + "/what-if";
    }

    @PostMapping("/runs/{id}/scenarios")
    String create(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Principal user,
                  Model model, Locale locale, HttpServletResponse response)
            throws IOException, RuleCompilationException {
        RunRecord run = scoped.whole(id, CountyScope.of(user));
        if (run.isScenario()) {
            return "redirect:/runs/" + run.scenario().baselineId() + "/what-if";
        }
        ScenarioForm form = ScenarioForm.from(params);
        ScenarioForm.Posted posted = form.post();
        LocatedProblems ours = formProblems(form, posted, Labels.of(Language.of(locale)));
        if (ours.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(run, form, ours, model);
        }
        try {
            String scenarioId = scenarios.create(id, posted.text(), user.getName()).run().id();
            return "redirect:/runs/" + id + "/scenarios/" + scenarioId;
        } catch (InvalidScenarioException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(run, form, LocatedProblems.of(e.errors(), posted.rowOfChange(), posted.parameterAt(),
                    parameterNames(run),
                    Language.of(locale)), model);
        } catch (EvaluationSlots.Busy e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("busy", true);
            return form(run, form, LocatedProblems.none(), model);
        }
    }

    /** What the reader would accept but the form does not: nothing to change, a field named twice, too much. */
    private LocatedProblems formProblems(ScenarioForm form, ScenarioForm.Posted posted, Labels labels) {
        LocatedProblems problems = LocatedProblems.none();
        if (posted.changesNothing()) {
            problems.add(null, null, labels.text("page.whatif.problem.nothing"));
        }
        for (int row = 0; row < form.changes().size(); row++) {
            if (form.changes().get(row).repeatsCondition()) {
                problems.add(row, "where", labels.text("page.whatif.problem.sameField"));
            }
        }
        if (posted.text().getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            problems.add(null, null, labels.text("page.whatif.problem.tooLarge", maxBytes / 1024));
        }
        return problems;
    }

    private String form(RunRecord run, ScenarioForm form, LocatedProblems problems, Model model) {
        model.addAttribute("run", run);
        ParameterSet inForce = stored.parameters(run);
        model.addAttribute("parameters", inForce.defaults().stream()
                .sorted(Comparator.comparing(EffectiveParameter::name)).toList());
        model.addAttribute("inForce", inForce);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("saved", scenarios.list(run.id()).stream().map(ScenarioRunView::of)
                .sorted(Comparator.comparing(ScenarioRunView::createdAt).reversed()).toList());
        model.addAttribute("fieldChoices", FieldChoice.all());
        model.addAttribute("levels", FieldChoice.LEVELS);
        model.addAttribute("operations", ChangeRow.OPERATIONS);
        return "whatif/form";
    }

    private Set<String> parameterNames(RunRecord run) {
        return stored.parameters(run).defaults().stream().map(EffectiveParameter::name)
                .collect(Collectors.toSet());
    }
}
