package org.povertyexit.monitor.service.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What a user must be, whether added on the command line or through the API. */
public final class UserRules {

    /** The least a password must be: short ones are guessed. */
    public static final int MIN_PASSWORD = 10;
    /** bcrypt reads no further: a longer password would be cut without a word. */
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final int MAX_NAME = 100;
    private static final String COUNTY_CODE = "[0-9A-Za-z_-]{1,64}";
    /**
     * Lower-case letters, digits, '.', '_', '-', '@' and Chinese characters: no look-alikes (a full-width
     * or zero-width character, a name differing in case only) to pass for another user in the logs.
     */
    private static final String NAME = "[a-z0-9._@\\p{IsHan}-]+";

    private UserRules() {
    }

    /** Every problem with the user as given; empty when it may be saved. */
    public static List<String> problems(String name, String password, Collection<Role> roles,
                                        Collection<String> counties) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME || !name.matches(NAME)) {
            problems.add("a user's name is 1 to " + MAX_NAME + " lower-case letters, digits, '.', '_', '-', '@' or "
                    + "Chinese characters");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add("a password is at least " + MIN_PASSWORD + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add("a password is at most " + MAX_PASSWORD_BYTES + " bytes (UTF-8)");
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
