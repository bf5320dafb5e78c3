package org.povertyexit.monitor.dataset;

/** 主要致贫原因. */
public enum MainCause implements Labelled {
    ILLNESS("因病"),
    DISABILITY("因残"),
    SCHOOLING("因学"),
    DISASTER("因灾"),
    LACK_LAND("缺土地"),
    LACK_WATER("缺水"),
    LACK_SKILLS("缺技术"),
    LACK_LABOUR("缺劳动力"),
    LACK_FUNDS("缺资金"),
    POOR_TRANSPORT("交通条件落后"),
    LACK_DRIVE("自身发展动力不足");

    private final String label;

    MainCause(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
