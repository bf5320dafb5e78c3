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

    /** The language of a locale (a page's): English for English, else Chinese. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ZH;
    }

    /** Chinese unless English is asked for: by a parameter (lang=en), else first in an Accept-Language. */
    public static Language asked(String lang, String acceptLanguage) {
        return asked(lang, acceptLanguage, ZH);
    }

    /** The language asked for (a parameter, else the first of an Accept-Language), else {@code otherwise}. */
    public static Language asked(String lang, String acceptLanguage, Language otherwise) {
        String asked = (lang != null ? lang : acceptLanguage == null ? "" : acceptLanguage).strip()
                .toLowerCase(Locale.ROOT);
        return asked.startsWith("en") ? EN : asked.startsWith("zh") ? ZH : otherwise;
    }
}
