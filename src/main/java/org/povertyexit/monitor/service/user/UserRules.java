package org.povertyexit.monitor.service.user;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What a user must be, whether added on the command line or through the API. */
public final class UserRules {

    /** The least a password must be: short ones are guessed. */
    public static final int MIN_PASSWORD = 10;
    private static final int MAX_NAME = 100;
    private static final String COUNTY_CODE = "[0-9A-Za-z_-]{1,64}";

    private UserRules() {
    }

    /** Every problem with the user as given; empty when it may be saved. */
    public static List<String> problems(String name, String password, Collection<Role> roles,
                                        Collection<String> counties) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME || !name.strip().equals(name)
                || name.contains(",") || name.codePoints().anyMatch(Character::isISOControl)) {
            problems.add("a user's name is 1 to " + MAX_NAME + " characters, without spaces around it, commas "
                    + "or control characters");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add("a password is at least " + MIN_PASSWORD + " characters");
        }
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            problems.add("give at least one role: UPLOADER, ANALYST, AUDITOR or ADMIN");
        }
        if (counties != null && counties.stream().anyMatch(code -> code == null || !code.matches(COUNTY_CODE))) {
            problems.add("a county code is 1 to 64 letters, digits, '_' or '-'");
        }
        return problems;
    }
}
