package org.povertyexit.monitor.service.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.scenario.InvalidScenarioException;
import org.povertyexit.monitor.scenario.ScenarioDiff;
import org.povertyexit.monitor.scenario.ScenarioResult;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/runs/{id}/scenarios")
@Tag(name = "scenarios", description = "What-if scenarios on a stored run, stored and audited as runs of their own")
public class ScenarioController {

    /** A new scenario run: its listing, its difference from the baseline, where to read the rest. */
    public record CreatedScenario(ScenarioRunView run, ScenarioDiff diff, Map<String, String> links) {
    }

    private final ScenarioRuns scenarios;
    private final ScopedRuns scoped;
    private final long maxBytes;

    public ScenarioController(ScenarioRuns scenarios, ScopedRuns scoped,
                              @Value("${exit-monitor.scenario.max-size:256KB}") DataSize maxSize) {
        this.scenarios = scenarios;
        this.scoped = scoped;
        this.maxBytes = maxSize.toBytes();
    }

    @Operation(summary = "Evaluate a scenario on the run's stored input, rules and parameters, and store it",
            description = "Body: the scenario input of docs/report-format.md. 201 with the scenario run, the diff "
                    + "against the baseline and links to both reports and the full scenario result; 422 every "
                    + "located problem of the scenario (nothing stored); 404 no such run; 409 the run is itself a "
                    + "scenario run; 403 the run holds a county outside the user's scope; 413 larger than "
                    + "exit-monitor.scenario.max-size.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    example = "{\"name\": \"poverty line 4000\", \"parameters\": {\"household.poverty_line\": 4000},"
                            + " \"changes\": []}"))))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CreatedScenario> create(@PathVariable String id, InputStream body, Principal user)
            throws IOException, InvalidScenarioException, RuleCompilationException {
        scoped.whole(id, CountyScope.of(user));
        String text = PostedScenario.read(body, maxBytes);
        ScenarioRuns.Created created = scenarios.create(id, text, user.getName());
        String scenarioId = created.run().id();
        String result = "/api/runs/" + id + "/scenarios/" + scenarioId;
        Map<String, String> links = Map.of("baseline", "/api/runs/" + id, "scenario", "/api/runs/" + scenarioId,
                "result", result);
        return ResponseEntity.created(URI.create(result))
                .body(new CreatedScenario(ScenarioRunView.of(created.run()), created.diff(), links));
    }

    @Operation(summary = "The scenario runs of a run, oldest first")
    @GetMapping
    public List<ScenarioRunView> list(@PathVariable String id, Principal user) {
        scoped.whole(id, CountyScope.of(user));   // each lists its flips over the whole run
        return scenarios.list(id).stream().map(ScenarioRunView::of).toList();
    }

    @Operation(summary = "The baseline and several of its scenario runs side by side",
            description = "Counts per level and status, remediation gap per criterion and flips; the first column "
                    + "is the baseline, each other column's source is its scenario run id. No ids: every scenario run.")
    @GetMapping("/compare")
    public ScenarioRuns.Comparison compare(@PathVariable String id,
                                           @Parameter(description = "scenario run ids, comma-separated")
                                           @RequestParam(required = false) List<String> ids, Principal user)
            throws RuleCompilationException, IOException {
        scoped.whole(id, CountyScope.of(user));
        return scenarios.compare(id, ids == null ? List.of() : ids.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    @Operation(summary = "The scenario result of docs/report-format.md: {baseline, scenario, diff}, "
            + "from the stored reports")
    @GetMapping("/{scenarioId}")
    public ScenarioResult result(@PathVariable String id, @PathVariable String scenarioId, Principal user) {
        scoped.whole(id, CountyScope.of(user));
        return scenarios.result(id, scenarioId);
    }
}
