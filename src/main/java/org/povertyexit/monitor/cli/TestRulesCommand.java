package org.povertyexit.monitor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.ruletest.RuleTestResult;
import org.povertyexit.monitor.ruletest.RuleTestRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "test-rules", mixinStandardHelpOptions = true,
        description = "Runs the rule test cases of the rules folder's tests/ (YAML a policy expert writes). "
                + "Exit 0 when all pass, 1 otherwise.")
public class TestRulesCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleTestResult> results = new RuleTestRunner(ExitAssessment.load(rules.path())).runAll();
        for (RuleTestResult result : results) {
            out.println((result.passed() ? "PASS " : "FAIL ") + result.testCase().displayName());
            result.mismatches().forEach(mismatch -> out.println("     " + mismatch));
        }
        long passed = results.stream().filter(RuleTestResult::passed).count();
        out.println(passed + " passed, " + (results.size() - passed) + " failed");
        out.flush();
        return passed == results.size() && !results.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
