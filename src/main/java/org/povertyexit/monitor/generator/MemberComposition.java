package org.povertyexit.monitor.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Who lives in a household of a given size: ages and relations that fit together. */
final class MemberComposition {

    private final SplittableRandom random;

    MemberComposition(SplittableRandom random) {
        this.random = random;
    }

    /** {@code needsSchoolChild}: the first child is of compulsory-school age (sizes of 2 and more). */
    List<Person> compose(int size, boolean needsSchoolChild) {
        List<Person> people = new ArrayList<>(size);
        if (size == 1) {
            boolean elderly = random.nextDouble() < 0.7;
            people.add(new Person("户主", elderly ? between(60, 85) : between(30, 59), random.nextDouble() < 0.6));
            return people;
        }
        if (size == 2 && !needsSchoolChild && random.nextDouble() < 0.5) {
            int age = between(58, 82);
            people.add(new Person("户主", age, true));
            people.add(new Person("配偶", Math.max(50, age + between(-5, 3)), false));
            return people;
        }
        int headAge = between(28, 58);
        boolean headMale = random.nextDouble() < 0.85;
        people.add(new Person("户主", headAge, headMale));
        int children = size - 1;
        if (size >= 3) {
            people.add(new Person("配偶", Math.max(20, headAge + between(-5, 3)), !headMale));
            children--;
        }
        int elders = size >= 5 ? between(0, 2) : size == 4 && random.nextDouble() < 0.2 ? 1 : 0;
        children -= elders;
        int oldest = Math.max(0, Math.min(24, headAge - 19));
        for (int i = 0; i < children; i++) {
            int age = i == 0 && needsSchoolChild ? between(Targets.SCHOOL_AGE_MIN + 1, Targets.SCHOOL_AGE_MAX)
                    : between(0, oldest);
            boolean male = random.nextBoolean();
            people.add(new Person(male ? "之子" : "之女", age, male));
        }
        for (int i = 0; i < elders; i++) {
            people.add(new Person(i == 0 ? "之父" : "之母", Math.min(95, headAge + between(22, 30)), i == 0));
        }
        return people;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
