package org.povertyexit.monitor.dataset;

/** 在校生状况. */
public enum Schooling implements Labelled {
    NOT_IN_SCHOOL("非在校生"),
    PRESCHOOL("学前"),
    PRIMARY("小学"),
    JUNIOR("初中"),
    SENIOR("高中"),
    VOCATIONAL("中职"),
    COLLEGE("大专及以上");

    private final String label;

    Schooling(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
