package org.smartcity.court.intake;

import java.util.List;

/**
 * A small theft case file whose forms differ from the other fixtures' in the places signature blocks, headers and
 * expert certificates vary: signing words before the role ({@code 签字（侦查员）}) in table cells without a colon,
 * several signing words in one bracket ({@code （签字、捺印）}, {@code （签字/捺印）}), the same officer's signature as
 * the last line of most pages, an interrogation header that opens with the suspect's line and holds a label no
 * vocabulary lists ({@code 主办单位}), and experts who sign with their certificates in one running paragraph that wraps
 * between a label and its colon; the appraisal's header holds an address label no list names, typed without a
 * colon.
 */
final class FormVariantsCase {
    private FormVariantsCase() {}

    static List<List<String>> pages() {
        return List.of(
                List.of("案件编号：浙拱公刑字〔2025〕77号", "案件名称：赵强盗窃案", "涉嫌罪名：盗窃罪", "诉讼阶段：审查起诉", "共 7 页 第 1 页"),
                List.of("卷内目录", "E1 讯问笔录（赵强） 4", "E2 价格认定结论书 5", "E3 扣押清单 6", "E4 到案经过 7", "共 7 页 第 2 页"),
                List.of(
                        "起诉意见书",
                        "犯罪嫌疑人赵强，男，1991年6月8日出生，公民身份号码330105199106080031。",
                        "经侦查查明：",
                        "2025年2月1日14时许，犯罪嫌疑人赵强在拱墅区湖墅南路一商店内窃取店主的笔记本电脑一台。",
                        "经审查认定：本案案发时间为2025年2月1日14时10分，案发地点为杭州市拱墅区湖墅南路，涉案金额为人民币1200元。",
                        "认定上述事实的证据如下：",
                        "(一)犯罪嫌疑人供述和辩解：讯问笔录(E1)。",
                        "(二)鉴定意见：价格认定结论书(E2)。",
                        "(三)书证：扣押清单(E3)、到案经过(E4)。",
                        "共 7 页 第 3 页"),
                List.of(
                        "讯问笔录",
                        "证据编号：E1",
                        "犯罪嫌疑人  赵强  性别：男",
                        "时间：2025年2月3日9时至10时",
                        "地点：拱墅区分局办案中心",
                        "主办单位：杭州市公安局拱墅区分局",
                        "侦查员  孙立、钱芳",
                        "记录人  钱芳",
                        "问：电脑是不是你拿的？",
                        "答：是我拿的，后来放在家里。",
                        "签字（被讯问人）  赵强",
                        "签字（侦查员）  孙立",
                        "签字（侦查员）  钱芳",
                        "共 7 页 第 4 页"),
                List.of(
                        "价格认定结论书",
                        "证据编号：E2",
                        "价格认定机构：拱墅区价格认证中心",
                        "认证中心地址  拱墅区莫干山路9号",
                        "财物所有人：钱小梅",
                        "认定时间：2025年2月5日10时",
                        "价格认定结论：人民币1,200元",
                        "价格认定人员（签字/捺印）：周雯 资格证书：价格认定人员资格证书 浙价认字第1101号 价格认定人员（签字/捺印）",
                        "：吴刚 资格证书：价格认定人员资格证书 浙价认字第1102号",
                        "共 7 页 第 5 页"),
                List.of(
                        "扣押清单",
                        "证据编号：E3",
                        "时间：2025年2月3日11时",
                        "地点：赵强住处",
                        "侦查员：孙立、钱芳",
                        "持有人：赵强",
                        "编号 物品名称 数量",
                        "1 笔记本电脑 1台",
                        "持有人（签字、捺印）：赵强",
                        "签字（侦查员）  孙立",
                        "签字（侦查员）  钱芳",
                        "共 7 页 第 6 页"),
                List.of(
                        "到案经过",
                        "证据编号：E4",
                        "时间：2025年2月3日8时",
                        "侦查员：孙立、钱芳",
                        "2025年2月3日8时，民警在赵强住处将其抓获。",
                        "签字（侦查员）  孙立",
                        "签字（侦查员）  钱芳",
                        "共 7 页 第 7 页"));
    }
}
