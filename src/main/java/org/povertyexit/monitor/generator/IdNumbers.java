package org.povertyexit.monitor.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Synthetic 18-digit resident ID numbers (GB 11643): area code, birth date, a three-digit sequence whose
 * parity gives the sex (odd male), and the ISO 7064 MOD 11-2 check character. They look real so that
 * masking and validation are exercised; the sequence is random, so they identify nobody on purpose.
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    String next(SplittableRandom random, String areaCode, LocalDate birthDate, boolean male) {
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String body = areaCode + birthDate.format(BASIC) + String.format("%03d", sequence);
        return body + checkCharacter(body);
    }

    static char checkCharacter(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
