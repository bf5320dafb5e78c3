package org.povertyexit.monitor.remediation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The department that owns a remediation item (criteria.md, "Remediation"). */
public enum Department {
    AGRICULTURE, HR_SOCIAL, EDUCATION, HEALTH, MEDICAL_SECURITY, HOUSING, WATER, CIVIL_AFFAIRS, TRANSPORT, POWER;

    /** The Chinese names, from the one table of labels (labels/labels_zh.properties). */
    private static final ResourceBundle CHINESE = ResourceBundle.getBundle("labels.labels",
            Locale.SIMPLIFIED_CHINESE, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));

    /** The department a filter names by code (HEALTH, any case) or Chinese name (卫健). */
    public static Optional<Department> named(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(value) || d.label().equals(value))
                .findFirst();
    }

    /** The department's Chinese name (农业农村, 卫健, …). */
    public String label() {
        return CHINESE.getString("department." + name());
    }
}
