package org.povertyexit.monitor.evaluation;

/** The three levels of exit: household (户), village (村), county (县). Declared in report order. */
public enum Level { HOUSEHOLD, VILLAGE, COUNTY }
