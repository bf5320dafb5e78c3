package org.povertyexit.monitor.service.firing;

import java.util.List;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.evaluation.Assessment;
import org.povertyexit.monitor.evaluation.CountyPoverty;
import org.povertyexit.monitor.evaluation.Evidence;
import org.povertyexit.monitor.evaluation.Explain;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.ProjectedPoor;
import org.povertyexit.monitor.evaluation.Shortfall;
import org.povertyexit.monitor.evaluation.VillagePoverty;
import org.povertyexit.monitor.parameter.Parameter;

/**
 * How a fact appears in the audit trail: by type and id, never by its content, so a member's name
 * or ID number cannot reach a firing record through a matched fact.
 */
final class FactDescription {

    /** The entity a fact is about, or null (a parameter, the assessment date). */
    record Entity(Level level, String id) {
    }

    private FactDescription() {
    }

    static String of(Object fact) {
        if (fact instanceof Household h) {
            return "Household:" + h.id();
        } else if (fact instanceof Member m) {
            return "Member:" + m.id();
        } else if (fact instanceof Village v) {
            return "Village:" + v.code();
        } else if (fact instanceof County c) {
            return "County:" + c.code();
        } else if (fact instanceof Parameter p) {
            return "Parameter:" + p.name();
        } else if (fact instanceof Shortfall s) {
            return "Shortfall:" + s.level() + ":" + s.entityId() + ":" + s.criterion();
        } else if (fact instanceof Evidence e) {
            return "Evidence:" + e.level() + ":" + e.entityId() + ":" + e.criterion();
        } else if (fact instanceof Explain e) {
            return "Explain:" + of(e.entity());
        } else if (fact instanceof ProjectedPoor p) {
            return "ProjectedPoor:" + p.householdId();
        } else if (fact instanceof VillagePoverty p) {
            return "VillagePoverty:" + p.villageCode();
        } else if (fact instanceof CountyPoverty p) {
            return "CountyPoverty:" + p.countyCode();
        } else if (fact instanceof Assessment a) {
            return "Assessment:" + a.date();
        }
        return fact == null ? "null" : fact.getClass().getSimpleName();
    }

    static Entity entity(Object fact) {
        if (fact instanceof Household h) {
            return new Entity(Level.HOUSEHOLD, h.id());
        } else if (fact instanceof Member m) {
            return new Entity(Level.HOUSEHOLD, m.householdId());
        } else if (fact instanceof Village v) {
            return new Entity(Level.VILLAGE, v.code());
        } else if (fact instanceof County c) {
            return new Entity(Level.COUNTY, c.code());
        } else if (fact instanceof Shortfall s) {
            return new Entity(s.level(), s.entityId());
        } else if (fact instanceof Evidence e) {
            return new Entity(e.level(), e.entityId());
        } else if (fact instanceof Explain e) {
            return entity(e.entity());
        } else if (fact instanceof ProjectedPoor p) {
            return new Entity(Level.HOUSEHOLD, p.householdId());
        } else if (fact instanceof VillagePoverty p) {
            return new Entity(Level.VILLAGE, p.villageCode());
        } else if (fact instanceof CountyPoverty p) {
            return new Entity(Level.COUNTY, p.countyCode());
        }
        return null;
    }

    /**
     * A bound value as text: facts by id; a string that is a matched member's name or ID number
     * masked (rules may bind those fields, the trail must not keep them whole).
     */
    static String value(Object value, List<Object> matched) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof java.time.temporal.TemporalAccessor) {
            return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        }
        if (value instanceof String text) {
            for (Object fact : matched) {
                if (fact instanceof Member m && text.equals(m.idNumber())) {
                    return PersonalData.maskIdNumber(text);
                }
                if (fact instanceof Member m && text.equals(m.name())) {
                    return PersonalData.maskName(text);
                }
            }
            return text;
        }
        return of(value);
    }
}
