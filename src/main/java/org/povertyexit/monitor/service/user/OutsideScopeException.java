package org.povertyexit.monitor.service.user;

/** What a user asked for reaches beyond their county scope: refused (403), nothing stored. */
public class OutsideScopeException extends RuntimeException {

    public OutsideScopeException(String message) {
        super(message);
    }

    /** An upload holds a county outside the uploader's scope. */
    public static OutsideScopeException upload(String countyCode) {
        return new OutsideScopeException("the input holds county " + countyCode
                + ", which is outside your county scope; nothing was stored");
    }
}
