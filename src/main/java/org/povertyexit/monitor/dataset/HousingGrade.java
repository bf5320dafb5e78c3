package org.povertyexit.monitor.dataset;

/** House safety appraisal grade; C and D are dangerous houses (危房). */
public enum HousingGrade implements Labelled {
    A("A"),
    B("B"),
    C("C"),
    D("D");

    private final String label;

    HousingGrade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
