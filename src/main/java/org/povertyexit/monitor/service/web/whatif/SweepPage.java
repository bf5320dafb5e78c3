package org.povertyexit.monitor.service.web.whatif;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredRun;
import org.povertyexit.monitor.service.scenario.RunSweeps;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A sweep of one parameter over a stored run, drawn as a chart. The page (its address says the sweep, so
 * it can be shared) answers at once with the form and a placeholder; the placeholder asks for the result
 * (htmx, on load) and shows that it is being worked out meanwhile: a sweep is seconds of evaluation.
 */
@Controller
class SweepPage {

    private final ScopedRuns scoped;
    private final StoredRun stored;
    private final RunSweeps sweeps;

    SweepPage(ScopedRuns scoped, StoredRun stored, RunSweeps sweeps) {
        this.scoped = scoped;
        this.stored = stored;
        this.sweeps = sweeps;
    }

    @GetMapping("/runs/{id}/sweep")
    String page(@PathVariable String id, @RequestParam(required = false) String parameter,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String step, Principal user, Model model, Locale locale,
                HttpServletResponse response) {
        RunRecord run = scoped.whole(id, CountyScope.of(user));
        if (run.isScenario()) {   // a sweep varies the parameters of what was uploaded
            return "redirect:/runs/" + run.scenario().baselineId() + "/sweep";
        }
        ParameterSet parameters = stored.parameters(run);
        SweepForm form = SweepForm.of(parameter, from, to, step, parameters);
        Map<String, String> problems = form.asked() ? form.problems(parameters, Labels.of(Language.of(locale)))
                : Map.of();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("run", run);
        model.addAttribute("parameters", parameters.defaults().stream()
                .sorted(Comparator.comparing(EffectiveParameter::name)).toList());
        model.addAttribute("form", form);
        model.addAttribute("maxPoints", SweepForm.MAX_POINTS);
        model.addAttribute("problems", problems);
        model.addAttribute("inForce", parameters.has(form.parameter()) ? parameters.get(form.parameter()) : null);
        model.addAttribute("result", form.asked() && problems.isEmpty()
                ? form.at("/runs/" + id + "/what-if/sweep") : null);
        return "whatif/sweep";
    }

    /** The sweep's chart and table (the page's placeholder asks for it). */
    @GetMapping("/runs/{id}/what-if/sweep")
    String result(@PathVariable String id, @RequestParam String parameter, @RequestParam String from,
                  @RequestParam String to, @RequestParam String step, Principal user, Model model, Locale locale)
            throws IOException, RuleCompilationException {
        RunRecord run = scoped.whole(id, CountyScope.of(user));
        ParameterSet parameters = stored.parameters(run);
        SweepForm form = SweepForm.of(parameter, from, to, step, parameters);
        Map<String, String> problems = form.problems(parameters, Labels.of(Language.of(locale)));
        model.addAttribute("problems", problems);
        if (!problems.isEmpty() || run.isScenario()) {   // answered 200 all the same: htmx shows what a 200 brings
            return "whatif/sweep :: result";
        }
        try {
            model.addAttribute("sweep", SweepChart.of(sweeps.sweep(id, form.range())));
        } catch (EvaluationSlots.Busy e) {
            model.addAttribute("busy", true);
        }
        return "whatif/sweep :: result";
    }
}
