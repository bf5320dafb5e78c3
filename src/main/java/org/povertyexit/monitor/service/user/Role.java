package org.povertyexit.monitor.service.user;

/**
 * What a user may do. An uploader (县级上传员) uploads and reads runs and remediation exports; an
 * analyst also evaluates scenarios; an auditor reads everything, the firings, coverage, reproduction
 * and the chain's verification; an administrator manages users.
 */
public enum Role {
    UPLOADER, ANALYST, AUDITOR, ADMIN
}
