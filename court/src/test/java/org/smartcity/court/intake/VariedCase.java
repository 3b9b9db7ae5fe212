package org.smartcity.court.intake;

import java.util.List;

/**
 * A small drunk-driving case file in a layout unlike the other fixtures': a running head and a "共 N 页 第 n 页" foot
 * on every page, a cover laid out as a table without colons, Chinese-numeral and dotted dates, times as 21:40, 晚九时许
 * and 二十二时十分, labels typed with spaces between their characters, full-width colons, header fields in another
 * order, other label wordings (询问对象, 办案民警, 书记员, 捺印), and a record broken over a page mid-sentence.
 */
final class VariedCase {
    private VariedCase() {}

    static List<List<String>> pages() {
        String head = "杭州市公安局西湖区分局   刑事案件卷宗";
        return List.of(
                List.of(
                        head,
                        "案  卷",
                        "案号  杭西公(刑)字〔2024〕第318号",
                        "案件名称  王某危险驾驶案",
                        "涉嫌罪名  危险驾驶罪",
                        "犯罪嫌疑人  王海",
                        "立案时间  二〇二四年三月九日二十二时十分",
                        "诉讼阶段  审查起诉",
                        "共 6 页 第 1 页"),
                List.of(head, "卷 内 目 录", "序号 题名 页号", "E1 呼气酒精检测记录 4", "E2 询问笔录（证人李青） 5-6", "共 6 页 第 2 页"),
                List.of(
                        head,
                        "起诉意见书",
                        "犯罪嫌疑人王海，男，1985年4月2日出生，公民身份号码330106198504020015。",
                        "经侦查查明：",
                        "2024年3月9日晚九时许，犯罪嫌疑人王海酒后驾驶小型轿车行驶至西湖区文三路与学院路口时被民警查获。",
                        "经审查认定：本案案发时间为2024年3月9日21时40分，案发地点为杭州市西湖区文三路与学院路口，血液中乙醇含量为156mg/100ml。",
                        "认定上述事实的证据如下：",
                        "(一)书证：呼气酒精检测记录(E1)。",
                        "(二)证人证言：李青的证言(E2)。",
                        "共 6 页 第 3 页"),
                List.of(
                        head,
                        "呼气酒精检测记录",
                        "编号：E1",
                        "检测地点：杭州市西湖区文三路与学院路口",
                        "检 测 时 间：2024.3.9 21:40",
                        "办案民警：陈刚、周敏",
                        "被检测人：王海",
                        "检测结果：呼气酒精含量 118mg/100ml",
                        "被检测人（捺印）：王海",
                        "办案民警签名：陈刚",
                        "办案民警签名：周敏",
                        "共 6 页 第 4 页"),
                List.of(
                        head,
                        "询问笔录",
                        "证据编号：E2",
                        "时  间：2024-03-09 22:30 至 23:05",
                        "询问对象：李青  性别：女  出生日期：一九九〇年十月一日",
                        "身份证号码：330106199010010022",
                        "地  点：西湖区文三路派出所",
                        "办案民警：陈刚、周敏  书记员：周敏",
                        "问：你把看到的情况说一下。",
                        "答：今天晚上九点多我在路口等红灯，看到一辆黑色轿车开得歪歪扭扭，差点撞到",
                        "共 6 页 第 5 页"),
                List.of(
                        head,
                        "路边的护栏，后来被交警拦下来了，司机一身酒气。",
                        "问：以上说的是否属实？",
                        "答：属实。",
                        "询问对象（签名捺印）：李青",
                        "办案民警（签名）：陈刚",
                        "办案民警（签名）：",
                        "共 6 页 第 6 页"));
    }
}
