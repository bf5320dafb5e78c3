package org.povertyexit.monitor.generator;

import java.util.List;

/**
 * Counties in generation order: first the eight counties of the seed article (Ningxia's southern
 * mountain area and the Hongsibu resettlement district), then the rest of Ningxia, then made-up
 * counties with codes 69xxxx (no province has code 69) when more are asked for. The codes are the
 * real administrative codes; township names are real or close to it; everything below is synthetic.
 */
final class CountyCatalogue {

    private static final List<String> GENERIC_TOWNSHIPS =
            List.of("城关镇", "东山乡", "西川乡", "南塬乡", "北湾乡", "新庄乡", "红崖乡", "石岘乡");

    private static final List<CountySeat> NINGXIA = List.of(
            seat("640422", "西吉县", false, "吉强镇", "兴隆镇", "平峰镇", "将台堡镇", "新营乡", "红耀乡", "田坪乡",
                    "马建乡", "震湖乡", "兴平乡", "西滩乡", "王民乡", "什字乡", "马莲乡", "硝河乡", "偏城乡", "沙沟乡",
                    "白崖乡", "火石寨乡"),
            seat("640423", "隆德县", false, "城关镇", "沙塘镇", "联财镇", "神林乡", "观庄乡", "杨河乡", "凤岭乡",
                    "山河乡", "温堡乡", "奠安乡", "好水乡", "陈靳乡", "张程乡"),
            seat("640425", "彭阳县", false, "白阳镇", "王洼镇", "古城镇", "红河镇", "新集乡", "城阳乡", "孟塬乡",
                    "罗洼乡", "交岔乡", "草庙乡", "冯庄乡", "小岔乡"),
            seat("640424", "泾源县", false, "香水镇", "泾河源镇", "六盘山镇", "新民乡", "兴盛乡", "黄花乡", "大湾乡"),
            seat("640402", "原州区", true, "三营镇", "官厅镇", "开城镇", "张易镇", "彭堡镇", "头营镇", "黄铎堡镇",
                    "中河乡", "河川乡", "炭山乡", "寨科乡"),
            seat("640522", "海原县", true, "海城镇", "李旺镇", "西安镇", "七营镇", "史店乡", "树台乡", "关桥乡",
                    "贾塘乡", "郑旗乡", "红羊乡", "九彩乡", "李俊乡", "甘城乡"),
            seat("640324", "同心县", true, "豫海镇", "河西镇", "韦州镇", "下马关镇", "预旺镇", "王团镇", "丁塘镇",
                    "田老庄乡", "马高庄乡", "张家塬乡", "兴隆乡"),
            seat("640303", "红寺堡区", true, "红寺堡镇", "太阳山镇", "大河乡", "柳泉乡", "新庄集乡", "南川乡"),
            seat("640323", "盐池县", true),
            seat("640502", "沙坡头区", true),
            seat("640521", "中宁县", true),
            seat("640302", "利通区", false),
            seat("640381", "青铜峡市", false),
            seat("640221", "平罗县", false),
            seat("640121", "永宁县", false),
            seat("640122", "贺兰县", false),
            seat("640181", "灵武市", false),
            seat("640202", "大武口区", false),
            seat("640205", "惠农区", false),
            seat("640104", "兴庆区", false),
            seat("640105", "西夏区", false),
            seat("640106", "金凤区", false));

    private CountyCatalogue() {
    }

    /** The county at position {@code index} (0-based) of the generation order. */
    static CountySeat at(int index) {
        if (index < NINGXIA.size()) {
            return NINGXIA.get(index);
        }
        int synthetic = index - NINGXIA.size() + 1;
        return new CountySeat(String.format("69%04d", synthetic), "合成" + synthetic + "县", GENERIC_TOWNSHIPS,
                synthetic % 2 == 0);
    }

    static int maxCounties() {
        return NINGXIA.size() + 9999;
    }

    private static CountySeat seat(String code, String name, boolean dry, String... townships) {
        return new CountySeat(code, name, townships.length == 0 ? GENERIC_TOWNSHIPS : List.of(townships), dry);
    }
}
