package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.evaluation.Evaluator;
import org.povertyexit.monitor.parameter.ParameterOverride;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportBuilder;
import org.povertyexit.monitor.rules.RuleBase;

/**
 * Varies one parameter over a range and evaluates the same facts at each value. The facts are split
 * by county once and shared read-only (records are immutable); the compiled rules are shared too (a
 * KieBase hands out independent sessions); points run in parallel, each in its own sessions, and
 * only their totals are kept. The input hash that a full report computes is skipped: the facts do
 * not change between points.
 */
public final class Sweep {

    private final RuleBase rules;
    private final int threads;

    public Sweep(RuleBase rules, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.rules = rules;
        this.threads = threads;
    }

    public SweepResult run(Dataset facts, ParameterSet base, SweepRange range, String scenarioName) {
        if (!base.has(range.parameter())) {
            throw new IllegalArgumentException("no such parameter " + range.parameter());
        }
        List<CountyFacts> counties = facts.byCounty();
        List<BigDecimal> values = range.values();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, values.size()));
        try {
            List<Future<SweepPoint>> pending = new ArrayList<>();
            for (BigDecimal value : values) {
                // a swept value holds in every county, local values included
                ParameterSet parameters = base.withOverrides(
                        List.of(ParameterOverride.everywhere(range.parameter(), value)));
                pending.add(pool.submit(() -> point(facts, counties, parameters, value)));
            }
            List<SweepPoint> points = new ArrayList<>();
            for (Future<SweepPoint> point : pending) {
                points.add(point.get());
            }
            Map<String, String> units = new TreeMap<>();
            points.forEach(point -> point.gapUnits().forEach(units::putIfAbsent));
            return new SweepResult(range.parameter(), base.get(range.parameter()).unit(), base.value(range.parameter()),
                    scenarioName, List.copyOf(points), units);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sweep point failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private SweepPoint point(Dataset facts, List<CountyFacts> counties, ParameterSet parameters, BigDecimal value) {
        Evaluator evaluator = new Evaluator(rules);
        ReportBuilder builder = new ReportBuilder();
        for (CountyFacts county : counties) {
            builder.add(county, evaluator.evaluate(facts.meta(), county, parameters));
        }
        Report report = builder.build(null);
        ReportTotals totals = ReportTotals.of(report);
        return new SweepPoint(value, totals.counts(), totals.remediationGap(), ReportTotals.gapUnits(report));
    }
}
