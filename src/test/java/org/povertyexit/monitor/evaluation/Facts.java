package org.povertyexit.monitor.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.parameter.ParameterOverride;
import org.povertyexit.monitor.rules.RuleCompilationException;

/**
 * The facts of one rule test, starting from a baseline that passes every criterion: county C1 (west),
 * poverty village V1 and household H1 (NOT_EXITED, one working adult; its 30000 yuan stay above the
 * monitoring line even when shared by five members), assessed on 2019-12-31. A test overrides only
 * what it is about, then {@link #assess()}es through the real rules in {@code rules/} (compiled once
 * for the whole test run: it takes seconds).
 */
public final class Facts {

    private static ExitAssessment assessment;

    private Draft<Meta> meta = Draft.of(Meta.class, "assessmentYear", 2019, "assessmentDate", "2019-12-31");
    private final Map<String, Draft<County>> counties = new LinkedHashMap<>();
    private final Map<String, Draft<Village>> villages = new LinkedHashMap<>();
    private final Map<String, Draft<Household>> households = new LinkedHashMap<>();
    private final Map<String, List<Draft<Member>>> members = new LinkedHashMap<>();

    private Facts() {
    }

    public static synchronized ExitAssessment assessment() {
        if (assessment == null) {
            try {
                assessment = ExitAssessment.load(Path.of("rules"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuleCompilationException e) {
                throw new IllegalStateException(e);
            }
        }
        return assessment;
    }

    public static Facts baseline() {
        Facts facts = new Facts();
        facts.addCounty("C1");
        facts.addVillage("V1", "C1");
        facts.addHousehold("H1", "V1");
        return facts;
    }

    /** Assessment date (and its year); parameters and ages are taken on it. */
    public Facts on(String date) {
        LocalDate day = LocalDate.parse(date);
        meta = Draft.of(Meta.class, "assessmentYear", day.getYear(), "assessmentDate", day);
        return this;
    }

    public Draft<County> addCounty(String code) {
        Draft<County> county = Draft.of(County.class, "code", code, "name", "测试县" + code, "region", "WEST",
                "ruralPopulation", 1000, "sampledExitedPersons", 100, "wrongExitPersons", 0,
                "sampledNonRegisteredPersons", 100, "missedPersons", 0,
                "surveyedHouseholds", 100, "recognizingHouseholds", 100);
        counties.put(code, county);
        return county;
    }

    public Draft<Village> addVillage(String code, String countyCode) {
        Draft<Village> village = Draft.of(Village.class, "code", code, "countyCode", countyCode,
                "name", "测试村" + code, "povertyVillage", true, "deepPoverty", false, "registeredPopulation", 1000,
                "collectiveIncome", "60000.00", "leadingIndustry", "肉牛养殖", "hardenedRoad", true,
                "threePhasePower", true, "standardClinic", true, "waterScarce", false);
        villages.put(code, village);
        return village;
    }

    /** A household of one working adult that passes every criterion. */
    public Draft<Household> addHousehold(String id, String villageCode) {
        Draft<Household> household = Draft.of(Household.class, "id", id, "villageCode", villageCode,
                "status", "NOT_EXITED", "wageIncome", "30000.00", "businessIncome", "0.00",
                "propertyIncome", "0.00", "transferIncome", "0.00", "businessExpense", "0.00",
                "foodSecure", true, "clothingSecure", true, "housingGrade", "B", "relocated", false,
                "relocationKeysReceived", false, "waterLitersPerDay", "60", "waterPiped", true,
                "waterRoundTripMinutes", "0", "waterOutageDays", 0, "waterQualityOk", true,
                "medicalCostTotal", "0.00", "medicalSelfPaid", "0.00", "industrySubsidy", "0.00");
        households.put(id, household);
        members.put(id, new ArrayList<>());
        addMember(id);
        return household;
    }

    /** An insured working adult, born 1980-05-01, not in school. */
    public Draft<Member> addMember(String householdId) {
        List<Draft<Member>> list = members.get(householdId);
        Draft<Member> member = Draft.of(Member.class, "id", householdId + "-" + (list.size() + 1),
                "householdId", householdId, "birthDate", "1980-05-01", "schooling", "NOT_IN_SCHOOL",
                "schoolExemptHealth", false, "health", "HEALTHY", "labour", "NORMAL",
                "basicMedicalInsurance", true, "seriousIllnessInsurance", true);
        list.add(member);
        return member;
    }

    /** A child of the given birth date and schooling, added to H1. */
    public Draft<Member> addChild(String birthDate, String schooling) {
        return addMember("H1").set("birthDate", birthDate).set("schooling", schooling).set("labour", "NONE");
    }

    public Draft<County> county() {
        return counties.get("C1");
    }

    public Draft<Village> village() {
        return villages.get("V1");
    }

    public Draft<Village> village(String code) {
        return villages.get(code);
    }

    public Draft<Household> household() {
        return households.get("H1");
    }

    public Draft<Household> household(String id) {
        return households.get(id);
    }

    /** H1's first member. */
    public Draft<Member> member() {
        return members.get("H1").get(0);
    }

    public List<Draft<Member>> members(String householdId) {
        return members.get(householdId);
    }

    public Dataset dataset() {
        List<Household> built = new ArrayList<>();
        households.forEach((id, household) -> {
            List<Member> own = members.get(id).stream().map(Draft::build).toList();
            built.add(household.copy().set("members", own).build());
        });
        return new Dataset(meta.build(), counties.values().stream().map(Draft::build).toList(),
                villages.values().stream().map(Draft::build).toList(), built);
    }

    public Assessed assess() {
        return assess(Map.of());
    }

    /** With parameter overrides by name, e.g. {@code Map.of("household.poverty_line", "4000")}. */
    public Assessed assess(Map<String, String> overrides) {
        Dataset dataset = dataset();
        List<ParameterOverride> values = new ArrayList<>();
        overrides.forEach((name, value) -> values.add(ParameterOverride.everywhere(name, new BigDecimal(value))));
        ExitAssessment rules = assessment();
        return new Assessed(rules.assess(dataset, rules.parametersFor(dataset.meta()).withOverrides(values)));
    }
}
