package org.povertyexit.monitor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.dataset.DatasetAssembler;
import org.povertyexit.monitor.dataset.DatasetOutline;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.label.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reads and checks a dataset without evaluating it: every problem, located, as evaluate "
                + "reports them, or what the dataset holds. Exit 0 valid, 2 invalid. Any size of input, in the "
                + "memory of its ids.")
public class CheckCommand implements Callable<Integer> {

    @Mixin
    DatasetInput input;

    @Option(names = "--lang", paramLabel = "zh|en", description = "The language of the problems listed "
            + "(default zh).")
    Language lang = Language.ZH;

    @Spec
    CommandSpec spec;

    /** Counts what passes through; keeps nothing. */
    private static final class Tally implements DatasetAssembler.RecordSink {
        private long households;
        private long members;

        @Override
        public void household(Household household, String countyCode) {
            households++;
        }

        @Override
        public void member(Member member, String countyCode) {
            members++;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Tally tally = new Tally();
        DatasetOutline outline = input.read(spec.commandLine().getErr(), (loader, path) -> loader.check(path, tally));
        out.printf("valid: %,d counties, %,d villages, %,d households, %,d members (%.1f s)%n",
                outline.counties().size(), outline.villages().size(), tally.households, tally.members,
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return ExitCodes.OK;
    }
}
