package org.povertyexit.monitor.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void checkCharacterFollowsGb11643() {
        // the standard's own example number
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void numbersCarryAreaBirthDateAndSex() {
        SplittableRandom random = new SplittableRandom(1);
        String male = new IdNumbers().next(random, "640422", LocalDate.of(1980, 2, 29), true);
        String female = new IdNumbers().next(random, "640422", LocalDate.of(2010, 7, 1), false);
        assertThat(male).hasSize(18).startsWith("64042219800229");
        assertThat((male.charAt(16) - '0') % 2).isEqualTo(1);
        assertThat(female).startsWith("64042220100701");
        assertThat((female.charAt(16) - '0') % 2).isEqualTo(0);
    }
}
