package org.povertyexit.monitor.report;

/** An entity's result (criteria.md): households use all five, villages three, counties two. */
public enum ExitStatus { EXIT_READY, NOT_READY, STABLE, WRONG_EXIT_RISK, NOT_APPLICABLE }
