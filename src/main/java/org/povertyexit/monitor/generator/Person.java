package org.povertyexit.monitor.generator;

/** A member's place in the household before values are drawn: relation to the head, age, sex. */
record Person(String relation, int age, boolean male) {
}
