package org.povertyexit.monitor.service.run;

/** An upload that is not a dataset in a supported form (400); contract violations are 422 instead. */
public class UploadRejectedException extends Exception {

    private final String file;

    public UploadRejectedException(String file, String reason) {
        super(reason);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
