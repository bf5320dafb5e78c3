package org.povertyexit.monitor.generator;

import java.util.List;

/** A county the generator can place data in: code, name, townships, and whether it is a dry area. */
record CountySeat(String code, String name, List<String> townships, boolean dry) {
}
