package org.povertyexit.monitor.dataset;

/** 贫困户属性. */
public enum PovertyAttribute implements Labelled {
    GENERAL("一般贫困户"),
    DIBAO("低保贫困户"),
    TEKUN("特困供养贫困户");

    private final String label;

    PovertyAttribute(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
