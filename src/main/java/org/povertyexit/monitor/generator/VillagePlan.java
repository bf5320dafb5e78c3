package org.povertyexit.monitor.generator;

import org.povertyexit.monitor.dataset.Village;

/** A village ready to be written, with the design its households are drawn from. */
record VillagePlan(VillageDesign design, Village village, VillageTally tally) {
}
