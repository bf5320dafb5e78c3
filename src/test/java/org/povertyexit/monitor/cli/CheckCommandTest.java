package org.povertyexit.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** check: the input read and checked as evaluate reads it, nothing evaluated. */
class CheckCommandTest {

    @Test
    void aValidDatasetIsCounted() {
        CommandRun run = CommandRun.of("check", "data/ningxia-2019/csv");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("valid: 8 counties, 24 villages, 320 households, 1,268 members (");
    }

    @Test
    void anInvalidDatasetIsRejectedWithItsLocatedProblems() {
        CommandRun check = CommandRun.of("check", "src/test/resources/bad-input/csv-birth-after-assessment");
        CommandRun evaluate = CommandRun.of("evaluate", "src/test/resources/bad-input/csv-birth-after-assessment");

        assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).contains("members.csv").isEqualTo(evaluate.err());
    }
}
