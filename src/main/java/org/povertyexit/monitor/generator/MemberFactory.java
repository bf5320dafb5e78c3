package org.povertyexit.monitor.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.povertyexit.monitor.dataset.Health;
import org.povertyexit.monitor.dataset.Labour;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Schooling;

/**
 * The members of a household: a head, a spouse, children and sometimes the head's parents; a single
 * person is usually elderly. Schooling follows age; a household meant to fail H-EDUCATION has a child
 * of compulsory-school age out of school, and one meant to fail H-MEDICAL-INSURANCE has members not
 * enrolled. Everyone else of compulsory-school age is in school (or exempt for health), and enrolled.
 */
final class MemberFactory {

    private final PersonNames names = new PersonNames();
    private final IdNumbers idNumbers = new IdNumbers();
    private final LocalDate assessmentDate;

    MemberFactory(LocalDate assessmentDate) {
        this.assessmentDate = assessmentDate;
    }

    List<Member> members(SplittableRandom random, String householdId, String areaCode, HouseholdProfile profile) {
        List<Person> people = new MemberComposition(random).compose(profile.size(), profile.has(Fault.EDUCATION));
        String surname = names.surname(random);
        List<Member> members = new ArrayList<>(people.size());
        boolean dropoutPlaced = !profile.has(Fault.EDUCATION);
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            boolean schoolAge = person.age() >= Targets.SCHOOL_AGE_MIN && person.age() <= Targets.SCHOOL_AGE_MAX;
            boolean dropout = !dropoutPlaced && schoolAge;
            dropoutPlaced |= dropout;
            Health health = health(random, person.age());
            boolean exempt = schoolAge && !dropout && health == Health.DISABLED && random.nextDouble() < 0.5;
            Schooling schooling = dropout || exempt ? Schooling.NOT_IN_SCHOOL : schooling(random, person.age());
            LocalDate birth = assessmentDate.minusYears(person.age()).minusDays(random.nextInt(365));
            String family = person.relation().equals("配偶") ? names.surname(random) : surname;
            members.add(new Member(householdId + "-" + (i + 1), householdId,
                    names.fullName(random, family, person.male()),
                    idNumbers.next(random, areaCode, birth, person.male()), person.relation(), birth, schooling,
                    exempt, health, labour(random, person.age(), health, schooling), true, true));
        }
        return profile.has(Fault.MEDICAL_INSURANCE) ? withoutInsurance(random, members) : members;
    }

    /** One member, or two with a third's chance, lose basic or serious-illness insurance or both. */
    private static List<Member> withoutInsurance(SplittableRandom random, List<Member> members) {
        List<Member> result = new ArrayList<>(members);
        int gaps = members.size() > 1 && random.nextDouble() < 0.33 ? 2 : 1;
        int start = random.nextInt(members.size());
        for (int g = 0; g < gaps; g++) {
            int at = (start + g) % members.size();
            Member m = result.get(at);
            double kind = random.nextDouble();
            boolean basic = kind >= 0.5;
            boolean serious = kind < 0.5 && kind >= 0.2;
            result.set(at, new Member(m.id(), m.householdId(), m.name(), m.idNumber(), m.relation(), m.birthDate(),
                    m.schooling(), m.schoolExemptHealth(), m.health(), m.labour(), basic, serious));
        }
        return result;
    }

    private static Health health(SplittableRandom random, int age) {
        double draw = random.nextDouble();
        double chronic = age >= 60 ? 0.25 : age >= 18 ? 0.06 : 0.0;
        double disabled = age >= 60 ? 0.05 : age >= 18 ? 0.03 : 0.02;
        double serious = age >= 60 ? 0.03 : age >= 18 ? 0.01 : 0.003;
        if (draw < serious) {
            return Health.SERIOUS;
        }
        if (draw < serious + disabled) {
            return Health.DISABLED;
        }
        return draw < serious + disabled + chronic ? Health.CHRONIC : Health.HEALTHY;
    }

    private static Schooling schooling(SplittableRandom random, int age) {
        double draw = random.nextDouble();
        if (age <= 2 || age >= 23) {
            return Schooling.NOT_IN_SCHOOL;
        }
        if (age <= 5) {
            return draw < 0.7 ? Schooling.PRESCHOOL : Schooling.NOT_IN_SCHOOL;
        }
        if (age == 6) {
            return draw < 0.8 ? Schooling.PRIMARY : Schooling.PRESCHOOL;
        }
        if (age <= 11) {
            return Schooling.PRIMARY;
        }
        if (age <= 14) {
            return Schooling.JUNIOR;
        }
        if (age == 15) {
            return draw < 0.4 ? Schooling.JUNIOR : draw < 0.75 ? Schooling.SENIOR : Schooling.VOCATIONAL;
        }
        if (age <= 18) {
            return draw < 0.5 ? Schooling.SENIOR : draw < 0.7 ? Schooling.VOCATIONAL : Schooling.NOT_IN_SCHOOL;
        }
        return draw < 0.35 ? Schooling.COLLEGE : Schooling.NOT_IN_SCHOOL;
    }

    private static Labour labour(SplittableRandom random, int age, Health health, Schooling schooling) {
        double draw = random.nextDouble();
        if (age < 16 || schooling != Schooling.NOT_IN_SCHOOL) {
            return Labour.NONE;
        }
        if (health == Health.DISABLED || health == Health.SERIOUS) {
            return Labour.LOST;
        }
        if (age < 60) {
            return draw < 0.2 ? Labour.SKILLED : Labour.NORMAL;
        }
        if (age < 70) {
            return draw < 0.5 ? Labour.NORMAL : draw < 0.7 ? Labour.LOST : Labour.NONE;
        }
        return draw < 0.7 ? Labour.NONE : Labour.LOST;
    }
}
