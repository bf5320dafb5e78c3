package org.povertyexit.monitor.generator;

import java.util.SplittableRandom;

/**
 * Made-up Chinese names in the style of Ningxia's south, where Hui surnames (马, 海, 丁, 穆, ...) are
 * as common as Han ones. Any resemblance to a real person is by chance: the combination is random.
 */
final class PersonNames {

    private static final String SURNAMES = "马马马马杨杨李李王王张张田海何苏丁罗赵刘陈周冯金穆白虎单吴郭韩";
    private static final String MALE = "国建军文明志强伟忠福贵海平生发成武德林龙虎山学俊鹏浩宇杰鑫东兵军";
    private static final String FEMALE = "梅花兰英芳霞琴秀娟燕玲丽萍红艳娜婷静雪慧悦";

    String surname(SplittableRandom random) {
        return pick(random, SURNAMES);
    }

    String fullName(SplittableRandom random, String surname, boolean male) {
        String letters = male ? MALE : FEMALE;
        String given = pick(random, letters);
        if (random.nextDouble() < 0.7) {
            given += pick(random, letters);
        }
        return surname + given;
    }

    private static String pick(SplittableRandom random, String letters) {
        int at = random.nextInt(letters.length());
        return letters.substring(at, at + 1);
    }
}
