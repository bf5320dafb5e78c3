package org.povertyexit.monitor.dataset;

/** A household's registration status (脱贫属性) as given in the input. */
public enum RegistrationStatus implements Labelled {
    NOT_EXITED("未脱贫"),
    EXITED("已脱贫"),
    RETURNED("返贫"),
    NOT_REGISTERED("非建档立卡");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
