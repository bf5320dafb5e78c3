package org.povertyexit.monitor.service.web.run;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.povertyexit.monitor.service.run.CountyPartStore;
import org.povertyexit.monitor.service.run.RunView;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the runs the user sees, newest first, each with its scenario runs beneath it, and the
 * upload form.
 */
@Controller
class RunsPage {

    /** A run as listed: the run, the counties it holds (those in scope), its scenario runs. */
    record Listed(RunView run, Set<String> counties, List<RunView> scenarios) {
    }

    private final ScopedRuns scoped;
    private final CountyPartStore countyParts;

    RunsPage(ScopedRuns scoped, CountyPartStore countyParts) {
        this.scoped = scoped;
        this.countyParts = countyParts;
    }

    @GetMapping("/")
    String runs(Principal user, Model model) {
        CountyScope scope = CountyScope.of(user);
        List<RunView> visible = scoped.visible(scope);
        Map<String, Set<String>> held = countyParts.countiesByRun();
        List<Listed> listed = new ArrayList<>();
        for (RunView run : newestFirst(visible)) {
            if (run.baselineRunId() == null) {
                Set<String> counties = new TreeSet<>(held.getOrDefault(run.id(), Set.of()));
                counties.removeIf(code -> !scope.covers(code));
                listed.add(new Listed(run, counties, visible.stream()
                        .filter(other -> run.id().equals(other.baselineRunId()))
                        .sorted(Comparator.comparingLong(RunView::seq).reversed()).toList()));
            }
        }
        model.addAttribute("runs", listed);
        return "runs/list";
    }

    private static List<RunView> newestFirst(List<RunView> runs) {
        return runs.stream().sorted(Comparator.comparingLong(RunView::seq).reversed()).toList();
    }
}
