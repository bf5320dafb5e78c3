package org.povertyexit.monitor.evaluation;

/** BLOCKING criteria decide exit; MONITOR and COMPLIANCE flags inform and never block. */
public enum Severity { BLOCKING, MONITOR, COMPLIANCE }
