package org.smartcity.court.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.sentencing.GuidelineCalculator;
import org.smartcity.court.sentencing.SentencingRules;

/** Short synthetic fact texts for three charges (theft, dangerous driving, intentional injury), seeded. */
public final class SyntheticCases {
    private static final String[] NAMES = {"张某", "李某", "王某", "赵某", "陈某", "刘某", "杨某", "黄某"};
    private static final String[] PLACES = {"城东区", "城西区", "南湖街道", "北山镇", "新华路", "人民路"};
    private static final String[] ITEMS = {"手机一部", "电动车一辆", "笔记本电脑一台", "金项链一条", "现金"};
    private static final String[] ROADS = {"中山路", "解放大道", "滨江路", "建设路"};
    private static final String[] TOOLS = {"木棍", "拳头", "砖头", "水果刀"};

    /** The guideline calculator on the built-in national rules, the term reference the tests' models weigh. */
    public static final GuidelineTerm GUIDELINE = new GuidelineCalculator(SentencingRules.builtIn());

    private SyntheticCases() {}

    /** {@code perCharge} cases of each charge, interleaved, deterministic for {@code seed}. */
    public static List<CailCase> of(int perCharge, long seed) {
        Random r = new Random(seed);
        List<CailCase> out = new ArrayList<>();
        for (int i = 0; i < perCharge; i++) {
            out.add(theft(r));
            out.add(drunkDriving(r));
            out.add(injury(r));
        }
        return out;
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static CailCase theft(Random r) {
        int amount = 500 + r.nextInt(20) * 300;
        String fact = "经审理查明，2017年" + (1 + r.nextInt(12)) + "月，被告人" + pick(r, NAMES) + "在" + pick(r, PLACES)
                + "趁无人注意，秘密窃取被害人" + pick(r, ITEMS) + "，价值人民币" + amount + "元。被告人归案后如实供述盗窃事实，赃物已发还。";
        return new CailCase(fact, List.of("盗窃"), List.of(264), 3 + r.nextInt(6), false, false);
    }

    static CailCase drunkDriving(Random r) {
        int alcohol = 90 + r.nextInt(150);
        String fact = "经审理查明，2017年" + (1 + r.nextInt(12)) + "月，被告人" + pick(r, NAMES) + "酒后驾驶小型轿车行驶至" + pick(r, ROADS)
                + "时被交警查获，经鉴定其血液中乙醇含量为" + alcohol + "mg/100ml，属醉酒驾驶机动车。";
        return new CailCase(fact, List.of("危险驾驶"), List.of(133), 1 + r.nextInt(4), false, false);
    }

    static CailCase injury(Random r) {
        String fact = "经审理查明，2017年" + (1 + r.nextInt(12)) + "月，被告人" + pick(r, NAMES) + "因琐事与被害人发生争执，持" + pick(r, TOOLS)
                + "殴打被害人头部，致被害人受伤。经法医鉴定，被害人损伤程度为轻伤" + (r.nextBoolean() ? "一级" : "二级") + "。";
        return new CailCase(fact, List.of("故意伤害"), List.of(234), 8 + r.nextInt(12), false, false);
    }
}
