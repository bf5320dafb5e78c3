package org.povertyexit.monitor.label;

import java.util.Locale;

/** The languages outputs for people are written in: Chinese first, English one option away. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
