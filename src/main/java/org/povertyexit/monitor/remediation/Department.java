package org.povertyexit.monitor.remediation;

/** The department that owns a remediation item (criteria.md, "Remediation"). */
public enum Department {
    AGRICULTURE("农业农村"),
    HR_SOCIAL("人社"),
    EDUCATION("教育"),
    HEALTH("卫健"),
    MEDICAL_SECURITY("医保"),
    HOUSING("住建"),
    WATER("水务"),
    CIVIL_AFFAIRS("民政"),
    TRANSPORT("交通"),
    POWER("供电");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
