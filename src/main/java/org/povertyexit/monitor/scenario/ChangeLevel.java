package org.povertyexit.monitor.scenario;

import java.util.Locale;
import java.util.Map;
import org.povertyexit.monitor.dataset.DatasetSchema;
import org.povertyexit.monitor.dataset.EntitySchema;
import org.povertyexit.monitor.dataset.FieldSpec;

/**
 * The entity kind a scenario change applies to, with the fields its {@code where} may select on.
 * Besides its own fields, a level may select on a field of the entity it belongs to ("derived
 * selectors"): households have no countyCode of their own, yet "the households of county 640422"
 * is the natural what-if, so a household's countyCode is its village's, and a member's villageCode
 * and countyCode are its household's.
 */
public enum ChangeLevel {
    COUNTY(DatasetSchema.COUNTIES, "county", Map.of()),
    VILLAGE(DatasetSchema.VILLAGES, "village", Map.of()),
    HOUSEHOLD(DatasetSchema.HOUSEHOLDS, "household",
            Map.of("countyCode", DatasetSchema.VILLAGES.field("countyCode"))),
    MEMBER(DatasetSchema.MEMBERS, "member", Map.of(
            "villageCode", DatasetSchema.HOUSEHOLDS.field("villageCode"),
            "countyCode", DatasetSchema.VILLAGES.field("countyCode")));

    private final EntitySchema schema;
    private final String noun;
    private final Map<String, FieldSpec> derivedSelectors;

    ChangeLevel(EntitySchema schema, String noun, Map<String, FieldSpec> derivedSelectors) {
        this.schema = schema;
        this.noun = noun;
        this.derivedSelectors = derivedSelectors;
    }

    public EntitySchema schema() {
        return schema;
    }

    /** "household", as error messages say it. */
    public String noun() {
        return noun;
    }

    /** A field of this level by English name (any case) or Chinese label; null when there is none. */
    public FieldSpec field(String name) {
        return schema.field(name);
    }

    /**
     * A member's name or ID number: personal data, which may not select (select members by id). A
     * selector that matched or not would tell whoever asks whether a person is in the data.
     */
    public boolean isPersonal(FieldSpec field) {
        return this == MEMBER && (field.name().equals("idNumber") || field.name().equals("name"));
    }

    /** A field {@code where} may name: an own field or a derived selector; null when neither. */
    public FieldSpec selector(String name) {
        FieldSpec own = schema.field(name);
        return own != null ? own : derivedSelectors.get(name);
    }

    public boolean isDerived(String selectorName) {
        return schema.field(selectorName) == null && derivedSelectors.containsKey(selectorName);
    }

    /** Identifiers and the member's link to its household: changing them would make a different entity. */
    public boolean isIdentity(FieldSpec field) {
        return field.name().equals("id") || field.name().equals("code") || field.name().equals("householdId");
    }

    public static ChangeLevel parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
