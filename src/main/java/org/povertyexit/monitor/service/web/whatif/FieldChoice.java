package org.povertyexit.monitor.service.web.whatif;

import java.util.ArrayList;
import java.util.List;
import org.povertyexit.monitor.dataset.FieldSpec;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.scenario.ChangeLevel;

/**
 * A field a change row may name, as the form offers it (a datalist: typing stays free, the reader names
 * what it does not know). The levels are those of the exit criteria; members are changed through the API.
 */
public record FieldChoice(Level level, String name, String label, String type) {

    static final List<Level> LEVELS = List.of(Level.HOUSEHOLD, Level.VILLAGE, Level.COUNTY);

    static List<FieldChoice> all() {
        List<FieldChoice> choices = new ArrayList<>();
        for (Level level : LEVELS) {
            ChangeLevel change = ChangeLevel.valueOf(level.name());
            for (FieldSpec field : change.schema().fields()) {
                choices.add(new FieldChoice(level, field.name(), field.label(), field.type().name()));
            }
            if (level == Level.HOUSEHOLD) {
                FieldSpec county = change.selector("countyCode");
                choices.add(new FieldChoice(level, "countyCode", county.label(), county.type().name()));
            }
        }
        return List.copyOf(choices);
    }
}
