package org.povertyexit.monitor.service.web.whatif;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.parameter.ParameterOverride;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.scenario.ChangeLevel;
import org.povertyexit.monitor.scenario.FactChange;
import org.povertyexit.monitor.scenario.InvalidScenarioException;
import org.povertyexit.monitor.scenario.Scenario;
import org.povertyexit.monitor.scenario.ScenarioReader;

/**
 * What a stored scenario changed, for people: each overridden parameter (and the counties an override is
 * scoped to) beside its value in force, and each change as one line. Read from the stored text by the
 * scenario reader (the text itself is never served: it may name a member's ID number), with what a
 * member's name or ID number would show masked.
 */
public record ScenarioSummary(List<NewValue> overrides, List<String> changes) {

    /**
     * A parameter the scenario gave another value, in every county ({@code counties} null) or in some; the
     * value in force there (null when those counties held different values).
     */
    public record NewValue(String name, BigDecimal inForce, BigDecimal scenario, String unit, List<String> counties) {
    }

    static ScenarioSummary of(String text, ParameterSet inForce) {
        Scenario scenario;
        try {
            scenario = new ScenarioReader(inForce.defaults().stream().map(EffectiveParameter::name)
                    .collect(Collectors.toSet())).read("stored scenario",
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidScenarioException e) {
            throw new IllegalStateException("a stored scenario reads as it did when it was stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<NewValue> overrides = new ArrayList<>();
        for (ParameterOverride override : scenario.parameters()) {
            EffectiveParameter parameter = inForce.get(override.name());
            overrides.add(new NewValue(override.name(), valueBefore(inForce, override), override.value(),
                    parameter.unit(), override.counties()));
        }
        overrides.sort(Comparator.comparing(NewValue::name));
        return new ScenarioSummary(overrides, scenario.changes().stream().map(ScenarioSummary::line).toList());
    }

    /**
     * What held where the override applies: the default (an override everywhere), or the one value its
     * counties held (null when they held different ones).
     */
    private static BigDecimal valueBefore(ParameterSet inForce, ParameterOverride override) {
        if (!override.scoped()) {
            return inForce.value(override.name());
        }
        List<BigDecimal> values = override.counties().stream()
                .map(county -> inForce.forCounty(county).value(override.name()).stripTrailingZeros())
                .distinct().toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    /** {@code VILLAGE countyCode=640422: add collectiveIncome +20000}. */
    private static String line(FactChange change) {
        List<String> operations = new ArrayList<>();
        change.set().forEach((field, value) -> operations.add("set " + field + " = " + shown(change, field, value)));
        change.scale().forEach((field, factor) -> operations.add("scale " + field + " × " + factor.toPlainString()));
        change.add().forEach((field, amount) -> operations.add("add " + field + " "
                + (amount.signum() < 0 ? "" : "+") + amount.toPlainString()));
        return change.level() + " " + change.describeWhere() + ": "
                + operations.stream().collect(Collectors.joining("; "));
    }

    private static String shown(FactChange change, String field, Object value) {
        if (value == null) {
            return "null";
        }
        if (change.level() == ChangeLevel.MEMBER && field.equals("idNumber")) {
            return PersonalData.maskIdNumber(value.toString());
        }
        if (change.level() == ChangeLevel.MEMBER && field.equals("name")) {
            return PersonalData.maskName(value.toString());
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
