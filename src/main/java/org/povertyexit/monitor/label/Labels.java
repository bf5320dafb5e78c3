package org.povertyexit.monitor.label;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.report.ExitStatus;

/**
 * The one table of labels, in Chinese and English ({@code labels/labels_zh.properties} and
 * {@code labels_en.properties}): statuses, severities, levels, departments, criteria, units and the
 * words of the summaries. Codes stay what machines read; these are what people read.
 */
public final class Labels {

    private static final Map<Language, Labels> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Labels(language, ResourceBundle.getBundle("labels.labels", language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Labels of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    public String status(ExitStatus status) {
        return label("status." + status.name(), status.name());
    }

    public String severity(Severity severity) {
        return label("severity." + severity.name(), severity.name());
    }

    public String level(Level level) {
        return label("level." + level.name(), level.name());
    }

    public String department(Department department) {
        return label("department." + department.name(), department.name());
    }

    /** A criterion's name; its code for a criterion the table does not know (an analyst's new rule). */
    public String criterion(String code) {
        return label("criterion." + code, code);
    }

    public String unit(String unit) {
        return unit == null ? "" : label("unit." + unit, unit);
    }

    /** A sentence of the summaries, its {0}, {1}, … filled in. */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** Whether the table has the key (its completeness is tested). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String label(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
