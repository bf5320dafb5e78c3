package org.povertyexit.monitor.dataset;

import static org.povertyexit.monitor.dataset.FieldSpec.optional;
import static org.povertyexit.monitor.dataset.FieldSpec.required;
import static org.povertyexit.monitor.dataset.FieldType.BOOLEAN;
import static org.povertyexit.monitor.dataset.FieldType.DATE;
import static org.povertyexit.monitor.dataset.FieldType.ENUM;
import static org.povertyexit.monitor.dataset.FieldType.INTEGER;
import static org.povertyexit.monitor.dataset.FieldType.MONEY;
import static org.povertyexit.monitor.dataset.FieldType.NUMBER;
import static org.povertyexit.monitor.dataset.FieldType.TEXT;

import java.math.BigDecimal;
import java.util.List;

/** The field tables of data-format.md, in their order: the one place that names every input field. */
public final class DatasetSchema {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public static final EntitySchema META = new EntitySchema("meta", "元数据", List.of(
            required("assessmentYear", "考核年度", INTEGER).range(2014, 2030L),
            optional("assessmentDate", "考核日期", DATE, null),
            optional("province", "省份", TEXT, null)));

    public static final EntitySchema COUNTIES = new EntitySchema("counties", "县", List.of(
            required("code", "县代码", TEXT),
            required("name", "县名称", TEXT),
            optional("region", "区域", ENUM, Region.WEST).of(Region.class),
            required("ruralPopulation", "农村人口", INTEGER).nonNegative(),
            optional("sampledExitedPersons", "抽查脱贫人口", INTEGER, 0).nonNegative(),
            optional("wrongExitPersons", "错退人口", INTEGER, 0).nonNegative(),
            optional("sampledNonRegisteredPersons", "抽查非建档立卡人口", INTEGER, 0).nonNegative(),
            optional("missedPersons", "漏评人口", INTEGER, 0).nonNegative(),
            optional("surveyedHouseholds", "认可度调查户数", INTEGER, 0).nonNegative(),
            optional("recognizingHouseholds", "认可户数", INTEGER, 0).nonNegative()));

    public static final EntitySchema VILLAGES = new EntitySchema("villages", "村", List.of(
            required("code", "村代码", TEXT),
            required("countyCode", "县代码", TEXT),
            optional("township", "乡镇", TEXT, null),
            required("name", "村名称", TEXT),
            required("povertyVillage", "是否贫困村", BOOLEAN),
            optional("deepPoverty", "是否深度贫困村", BOOLEAN, false),
            required("registeredPopulation", "户籍人口", INTEGER).range(1, null),
            required("collectiveIncome", "村集体经济收入", MONEY).nonNegative(),
            optional("leadingIndustry", "主导产业", TEXT, null),
            required("hardenedRoad", "通硬化路", BOOLEAN),
            required("threePhasePower", "通动力电", BOOLEAN),
            required("standardClinic", "标准化卫生室", BOOLEAN),
            optional("waterScarce", "缺水地区", BOOLEAN, false)));

    public static final EntitySchema HOUSEHOLDS = new EntitySchema("households", "户", List.of(
            required("id", "户编号", TEXT),
            required("villageCode", "村代码", TEXT),
            required("status", "脱贫属性", ENUM).of(RegistrationStatus.class),
            optional("povertyAttribute", "贫困户属性", ENUM, null).of(PovertyAttribute.class),
            optional("mainCause", "主要致贫原因", ENUM, null).of(MainCause.class),
            required("wageIncome", "工资性收入", MONEY).nonNegative(),
            required("businessIncome", "生产经营性收入", MONEY),
            required("propertyIncome", "财产性收入", MONEY).nonNegative(),
            required("transferIncome", "转移性收入", MONEY).nonNegative(),
            required("businessExpense", "生产经营性支出", MONEY).nonNegative(),
            optional("reportedPerCapitaNetIncome", "人均纯收入", MONEY, null),
            required("foodSecure", "不愁吃", BOOLEAN),
            required("clothingSecure", "不愁穿", BOOLEAN),
            required("housingGrade", "住房安全等级", ENUM).of(HousingGrade.class),
            optional("relocated", "易地搬迁", BOOLEAN, false),
            optional("relocationKeysReceived", "搬迁入住钥匙已交付", BOOLEAN, false),
            required("waterLitersPerDay", "人均日供水量(升)", NUMBER).nonNegative(),
            required("waterPiped", "自来水入户", BOOLEAN),
            optional("waterRoundTripMinutes", "取水往返时间(分钟)", NUMBER, BigDecimal.ZERO).nonNegative(),
            required("waterOutageDays", "年缺水天数", INTEGER).range(0, 366L),
            required("waterQualityOk", "水质达标", BOOLEAN),
            optional("medicalCostTotal", "医疗总费用", MONEY, ZERO).nonNegative(),
            optional("medicalSelfPaid", "医疗个人自付", MONEY, ZERO).nonNegative(),
            optional("industrySubsidy", "产业扶持补助", MONEY, ZERO).nonNegative()));

    public static final EntitySchema MEMBERS = new EntitySchema("members", "人", List.of(
            required("id", "人编号", TEXT),
            required("householdId", "户编号", TEXT),
            optional("name", "姓名", TEXT, null),
            optional("idNumber", "证件号码", TEXT, null),
            optional("relation", "与户主关系", TEXT, null),
            required("birthDate", "出生日期", DATE),
            required("schooling", "在校生状况", ENUM).of(Schooling.class),
            optional("schoolExemptHealth", "因身体原因不能上学", BOOLEAN, false),
            optional("health", "健康状况", ENUM, Health.HEALTHY).of(Health.class),
            optional("labour", "劳动技能", ENUM, Labour.NORMAL).of(Labour.class),
            required("basicMedicalInsurance", "参加基本医疗保险", BOOLEAN),
            required("seriousIllnessInsurance", "参加大病保险", BOOLEAN)));

    /** In the order a CSV folder or workbook lists them. */
    public static final List<EntitySchema> ALL = List.of(META, COUNTIES, VILLAGES, HOUSEHOLDS, MEMBERS);

    private DatasetSchema() {
    }
}
