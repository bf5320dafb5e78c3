package org.povertyexit.monitor.dataset;

/** 健康状况. */
public enum Health implements Labelled {
    HEALTHY("健康"),
    CHRONIC("长期慢性病"),
    SERIOUS("大病"),
    DISABLED("残疾");

    private final String label;

    Health(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
