package org.smartcity.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.smartcity.court.cail.CailCase;

/**
 * Generates CAIL-format judgments from templates for benchmarks: eight charges, random names, places, dates, items,
 * amounts, drug weights, blood alcohol and circumstances, with a term that grows with the amount. No real data; the
 * same seed gives the same cases. Not thread-safe (one {@link Random}).
 */
final class SyntheticCases {
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"
    };
    private static final String[] CITIES = {"杭州市", "济南市", "南京市", "成都市", "武汉市", "长沙市", "郑州市", "西安市", "福州市", "昆明市"};
    private static final String[] DISTRICTS = {"城东区", "高新区", "江北区", "西湖区", "开发区", "新城区", "滨江区"};
    private static final String[] PLACES = {"某小区", "某超市", "某网吧", "某菜市场", "某宾馆", "某工地", "某商场", "公交车上", "某酒吧门口"};
    private static final String[] ITEMS = {"手机", "笔记本电脑", "电动自行车", "金项链", "现金", "电缆线", "香烟", "摩托车"};
    private static final String[] CIRCUMSTANCES = {
        "案发后主动投案，如实供述了自己的罪行。",
        "到案后如实供述了自己的罪行。",
        "已退赔被害人全部经济损失。",
        "已赔偿被害人经济损失并取得谅解。",
        "自愿认罪认罚，签署了具结书。",
        "系累犯。",
        "当庭自愿认罪。",
        ""
    };

    private final Random random;

    SyntheticCases(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} cases. */
    List<CailCase> generate(int n) {
        List<CailCase> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    /** One case. */
    CailCase next() {
        String name = pick(SURNAMES) + "某";
        String victim = pick(SURNAMES) + "某" + (1 + random.nextInt(9));
        String when = (2014 + random.nextInt(8)) + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日"
                + (random.nextInt(24)) + "时许";
        String where = pick(CITIES) + pick(DISTRICTS) + pick(PLACES);
        String opening = random.nextBoolean() ? "经审理查明，" : pick(CITIES).replace("市", "") + "市人民检察院指控：";
        String circumstance = pick(CIRCUMSTANCES) + (random.nextInt(3) == 0 ? pick(CIRCUMSTANCES) : "");
        StringBuilder fact = new StringBuilder(opening)
                .append(when)
                .append("，被告人")
                .append(name)
                .append("在")
                .append(where);
        int kind = random.nextInt(8);
        String charge;
        int article;
        int term;
        switch (kind) {
            case 0 -> {
                int amount = amount(800, 200000);
                fact.append("趁无人注意，秘密窃取被害人")
                        .append(victim)
                        .append("的")
                        .append(pick(ITEMS))
                        .append("等财物，经鉴定价值人民币")
                        .append(amount)
                        .append("元。");
                charge = "盗窃";
                article = 264;
                term = amount < 30000 ? 3 + amount / 1500 : 36 + amount / 8000;
            }
            case 1 -> {
                int amount = amount(3000, 500000);
                fact.append("虚构")
                        .append(random.nextBoolean() ? "可以办理贷款" : "能够帮忙安排工作")
                        .append("的事实，骗取被害人")
                        .append(victim)
                        .append("人民币")
                        .append(amount)
                        .append("元，所得款项被其挥霍。");
                charge = "诈骗";
                article = 266;
                term = amount < 30000 ? 3 + amount / 2000 : 36 + amount / 10000;
            }
            case 2 -> {
                boolean serious = random.nextInt(5) == 0;
                fact.append("因琐事与被害人")
                        .append(victim)
                        .append("发生争执，后持")
                        .append(random.nextBoolean() ? "木棍" : "砖头")
                        .append("击打")
                        .append(victim)
                        .append("头部，致其受伤。经鉴定，")
                        .append(victim)
                        .append("的损伤程度为")
                        .append(serious ? "重伤二级" : random.nextBoolean() ? "轻伤一级" : "轻伤二级")
                        .append("。");
                charge = "故意伤害";
                article = 234;
                term = serious ? 36 + random.nextInt(24) : 6 + random.nextInt(18);
            }
            case 3 -> {
                int alcohol = 80 + random.nextInt(200);
                fact.append("醉酒后驾驶小型轿车行驶，被执勤民警查获。经鉴定，其血液中乙醇含量为").append(alcohol).append("mg/100ml。");
                charge = "危险驾驶";
                article = 133;
                term = 1 + alcohol / 60;
            }
            case 4 -> {
                int amount = amount(200, 50000);
                fact.append("持刀威胁被害人")
                        .append(victim)
                        .append("，抢走其")
                        .append(pick(ITEMS))
                        .append("及现金共计人民币")
                        .append(amount)
                        .append("元。");
                charge = "抢劫";
                article = 263;
                term = 36 + amount / 2000 + random.nextInt(12);
            }
            case 5 -> {
                double grams = Math.round(random.nextDouble() * 60 * 100) / 100.0;
                fact.append("以人民币")
                        .append(100 + random.nextInt(3000))
                        .append("元的价格向吸毒人员")
                        .append(victim)
                        .append("贩卖")
                        .append(random.nextBoolean() ? "甲基苯丙胺" : "海洛因")
                        .append(grams)
                        .append("克，交易时被公安民警当场抓获。");
                charge = "走私、贩卖、运输、制造毒品";
                article = 347;
                term = grams < 10 ? 6 + (int) grams : grams < 50 ? 84 + (int) grams : 180;
            }
            case 6 -> {
                fact.append("驾驶重型货车未按规定让行，与被害人")
                        .append(victim)
                        .append("驾驶的电动自行车相撞，致")
                        .append(victim)
                        .append("经抢救无效死亡。经认定，被告人负事故全部责任。");
                charge = "交通肇事";
                article = 133;
                term = 12 + random.nextInt(24);
            }
            default -> {
                fact.append("酒后无故滋事，随意殴打被害人")
                        .append(victim)
                        .append("等人，并砸坏店内物品，造成财物损失人民币")
                        .append(amount(500, 20000))
                        .append("元。");
                charge = "寻衅滋事";
                article = 293;
                term = 6 + random.nextInt(30);
            }
        }
        fact.append("被告人").append(name).append(circumstance);
        return new CailCase(fact.toString(), List.of(charge), List.of(article), Math.min(term, 180), false, false);
    }

    private int amount(int min, int max) {
        // log-uniform, as amounts in judgments are
        return (int) Math.round(Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min))));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
