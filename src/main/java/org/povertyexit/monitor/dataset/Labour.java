package org.povertyexit.monitor.dataset;

/** 劳动技能. */
public enum Labour implements Labelled {
    NORMAL("普通劳动力"),
    SKILLED("技能劳动力"),
    LOST("丧失劳动力"),
    NONE("无劳动力");

    private final String label;

    Labour(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
