package org.povertyexit.monitor.dataset;

/** Region of a county; the west has the looser incidence thresholds. */
public enum Region implements Labelled {
    WEST("西部"),
    CENTRAL("中部"),
    EAST("东部");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
