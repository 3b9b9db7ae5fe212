package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * Wordings of case files written from the spec alone (set-e of issue 16) that the review misread, one test per
 * general cause: each builds a small case with the wording and checks the finding it must or must not give.
 */
class BlindWordingsTest {
    private static final String PERSONS = """
            [{"id": "P1", "role": "suspect", "name": "黄春生"},
             {"id": "P2", "role": "victim", "name": "韦秀珍"},
             {"id": "P3", "role": "witness", "name": "李娜"},
             {"id": "P4", "role": "investigator", "name": "甲"},
             {"id": "P5", "role": "investigator", "name": "乙"}]""";

    private static List<Finding> review(String charge, String offence, String... items) throws Exception {
        return HandWrittenCases.review(PERSONS, charge, offence, items);
    }

    private static String item(String id, String kind, String category, String subject, String text) {
        return """
                {"id": "%s", "kind": "%s", "category": "%s", %s "collectedBy": ["P4", "P5"], "text": "%s"}""".formatted(id, kind, category, subject == null ? "" : "\"subject\": \"" + subject + "\",", text);
    }

    private static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aBirthDateAndTheVictimsParkingAreNoOffenceTime() throws Exception {
        List<Finding> f = review(
                "theft",
                "{\"time\": \"2025-04-12T02:00:00+08:00\", \"amount_cny\": 1850}",
                item(
                        "E1",
                        "inquiry-record",
                        "victim-statement",
                        "P2",
                        "问：你的基本情况？\\n答：韦秀珍，1983年2月14日生，收银员。\\n问：你报什么案？\\n"
                                + "答：我的电动车被偷了。昨晚十点我把车锁在小区露天停车棚，今天早上七点下楼车就不见了。"),
                item(
                        "E2",
                        "interrogation-record",
                        "suspect-statement",
                        "P1",
                        "问：你的基本情况？\\n答：黄春生，男，1996年8月8日生。\\n问：你做了什么？\\n" + "答：4月12号凌晨两点左右，我在车棚里偷了一辆电动车。"));
        assertThat(ofKind(f, FindingKind.TIME_CONTRADICTION)).isEmpty();
    }

    @Test
    void aDateYearsBeforeTheOffenceIsAPersonsHistory() throws Exception {
        List<Finding> f = review(
                "theft",
                "{\"time\": \"2025-05-04T11:00:00+08:00\", \"amount_cny\": 2600}",
                item("E1", "inquiry-record", "victim-statement", "P2", "答：今天上午11点左右他偷了我的手机。"),
                item(
                        "E2",
                        "interrogation-record",
                        "suspect-statement",
                        "P1",
                        "答：黄春生，男，1970年9月9日，无业。\\n问：5月4日上午你干了什么？\\n答：我偷了一部手机。"));
        assertThat(ofKind(f, FindingKind.TIME_CONTRADICTION)).isEmpty();
    }

    @Test
    void theOffendersShareIsNoAmountOfTheOffence() throws Exception {
        List<Finding> f = review(
                "fraud",
                "{\"amount_cny\": 10500, \"text\": \"冒充客服通过电话诱骗被害人转账共计人民币10,500元。\"}",
                item("E1", "inquiry-record", "victim-statement", "P2", "答：我一共被骗了一万零五百元。"),
                item(
                        "E2",
                        "interrogation-record",
                        "suspect-statement",
                        "P1",
                        "问：她转了多少？\\n答：一共一万出头吧。\\n问：你得了多少好处？\\n答：上面给我提百分之十，大概一千块。"));
        assertThat(ofKind(f, FindingKind.AMOUNT_CONTRADICTION)).isEmpty();
    }

    @Test
    void whereTheGoodsAreNowIsNoPlaceOfTheOffence() throws Exception {
        List<Finding> f = review(
                "theft",
                "{\"place\": \"南京市秦淮区中山南路某商场\", \"amount_cny\": 18200}",
                item(
                        "E1",
                        "interrogation-record",
                        "suspect-statement",
                        "P1",
                        "问：你在中山南路那个商场干了什么？\\n答：我把一条项链偷了跑了。\\n问：东西在哪？\\n" + "答：在我住的鼓楼区那个酒店312房间，你们已经扣了。"));
        assertThat(ofKind(f, FindingKind.PLACE_CONTRADICTION)).isEmpty();
    }

    @Test
    void theBloodAlcoholAnArrivalReportStatesIsCompared() throws Exception {
        List<Finding> f = review(
                "dangerous-driving",
                "{\"bloodAlcohol_mg100ml\": 129}",
                item(
                        "E2",
                        "arrival-report",
                        "documentary",
                        null,
                        "民警拦停驾驶轿车的黄春生，其拒绝配合呼气检测，民警遂将其带至医院抽取血样。经检验，其血液酒精含量为129mg/100ml。"),
                """
                {"id": "E5", "kind": "blood-alcohol-test", "category": "expert-opinion",
                 "facts": {"bloodAlcohol_mg100ml": 92}, "text": "检验结果：检出乙醇，含量为92mg/100ml。"}""");
        assertThat(ofKind(f, FindingKind.AMOUNT_CONTRADICTION)).singleElement().satisfies(x -> {
            assertThat(x.evidence()).containsExactly("E2", "E5");
            assertThat(x.message(org.smartcity.court.finding.Language.ZH)).contains("129mg/100ml");
        });
    }

    @Test
    void theWeightASeizureListStatesIsCompared() throws Exception {
        List<Finding> f = review(
                "drug-trafficking",
                "{\"drugWeight_g\": 45.6}",
                item("E3", "seizure-list", "documentary", "P1", "扣押清单\\n持有人：黄春生\\n扣押物品：白色晶体一袋，净重38.6克；手机一部。"),
                """
                {"id": "E4", "kind": "weighing-record", "category": "record", "subject": "P1",
                 "facts": {"drugWeight_g": 45.6}, "text": "称量结果：净重４５．６克。"}""");
        assertThat(ofKind(f, FindingKind.AMOUNT_CONTRADICTION))
                .singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsExactly("E3", "E4"));
    }

    @Test
    void cashOnlyIsReadFromTheListsAndANameIsNoProperty() throws Exception {
        String lists = item("E3", "seizure-list", "documentary", "P1", "扣押物品：现金人民币伍佰贰拾元（100元5张、20元1张）。");
        List<Finding> theft = review("theft", "{\"amount_cny\": 520}", lists);
        assertThat(ofKind(theft, FindingKind.MISSING_EVIDENCE))
                .noneMatch(x -> "price-appraisal".equals(x.missingKind().orElse(null)));
        List<Finding> robbery = review("robbery", "{\"amount_cny\": 3000, \"text\": \"持菜刀威胁被害人向玉珍，劫得现金人民币3,000元。\"}");
        assertThat(ofKind(robbery, FindingKind.MISSING_EVIDENCE))
                .noneMatch(x -> "price-appraisal".equals(x.missingKind().orElse(null)));
        List<Finding> goods = review(
                "theft",
                "{\"amount_cny\": 3000}",
                item("E3", "seizure-list", "documentary", "P1", "扣押物品：手机一部、现金200元。"));
        assertThat(ofKind(goods, FindingKind.MISSING_EVIDENCE))
                .anyMatch(x -> "price-appraisal".equals(x.missingKind().orElse(null)));
    }

    @Test
    void aPhoneNumberLeftBehindIsNoDeceptionByPhone() throws Exception {
        List<Finding> faceToFace =
                review("fraud", "{\"amount_cny\": 5000, \"text\": \"当面谎称能办理入学，骗取现金5000元，并留下电话号码。\"}");
        assertThat(ofKind(faceToFace, FindingKind.MISSING_EVIDENCE))
                .noneMatch(x -> "chat-records".equals(x.missingKind().orElse(null)));
        List<Finding> byPhone = review("fraud", "{\"amount_cny\": 5000, \"text\": \"冒充公安打电话给被害人，骗取5000元。\"}");
        assertThat(ofKind(byPhone, FindingKind.MISSING_EVIDENCE))
                .anyMatch(x -> "chat-records".equals(x.missingKind().orElse(null)));
    }

    @Test
    void aSuspectTracedThroughAWitnessIsCorroborated() throws Exception {
        String victim = item("E1", "inquiry-record", "victim-statement", "P2", "问：你认识打你的人吗？\\n答：不认识。");
        String confession = item("E2", "interrogation-record", "suspect-statement", "P1", "问：你打了人吗？\\n答：打了，我拿啤酒瓶打了他头。");
        String traced = item("E3", "arrival-report", "documentary", null, "民警根据证人提供的电话号码，在某健身房将黄春生传唤到案。");
        String surrendered = item("E3", "arrival-report", "documentary", null, "黄春生到派出所投案自首。");
        assertThat(ofKind(
                        review("intentional-injury", "{}", victim, confession, traced),
                        FindingKind.CONFESSION_UNCORROBORATED))
                .isEmpty();
        assertThat(ofKind(
                        review("intentional-injury", "{}", victim, confession, surrendered),
                        FindingKind.CONFESSION_UNCORROBORATED))
                .isNotEmpty();
    }

    @Test
    void aFillerPointedOutInAPhotoLineUpIsAnIdentityContradiction() throws Exception {
        List<Finding> f = review("robbery", "{}", """
                {"id": "E10", "kind": "identification-record", "category": "record", "subject": "P2",
                 "facts": {"lineupSize": 10}, "collectedBy": ["P4", "P5"],
                 "text": "辨认方式：照片辨认，将黄春生照片混杂于10张男性照片中，黄春生为8号。\\n辨认结果：辨认人指认3号照片中的男子为搜其口袋的人。3号系陪衬人员，非犯罪嫌疑人。"}""");
        assertThat(ofKind(f, FindingKind.IDENTITY_CONTRADICTION))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.evidence()).containsExactly("E10");
                    assertThat(x.message(org.smartcity.court.finding.Language.ZH))
                            .contains("系陪衬");
                });
    }

    @Test
    void eachActOfARepeatedOffenceIsComparedWithItsOwnDay() throws Exception {
        String offence =
                "{\"time\": {\"start\": \"2025-03-02T01:00:00+08:00\", \"end\": \"2025-03-09T23:00:00+08:00\"},"
                        + " \"amount_cny\": 5000, \"text\": \"2025年3月2日1时许，嫌疑人在某车库窃取摩托车一辆；3月9日23时许，又在该车库窃取摩托车一辆。\"}";
        String video = dated(item("E1", "cctv-video", "video", null, "视频显示：2025年3月9日22时50分，一名男子推走一辆摩托车。"));
        String suspect = dated(item(
                "E2",
                "interrogation-record",
                "suspect-statement",
                "P1",
                "问：你偷了几次？\\n答：两次。第一次是3月2号凌晨一点多，第二次是9号下午四点多，都在那个车库。"));
        List<Finding> f = ofKind(review("theft", offence, video, suspect), FindingKind.TIME_CONTRADICTION);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsExactly("E1", "E2");
        String agreeing = dated(item(
                "E2",
                "interrogation-record",
                "suspect-statement",
                "P1",
                "问：你偷了几次？\\n答：两次。第一次是3月2号凌晨一点多，第二次是9号晚上11点左右，都在那个车库。"));
        assertThat(ofKind(review("theft", offence, video, agreeing), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
    }

    /** The item made on 12 March 2025 (its dates without a year are read in that year). */
    private static String dated(String item) {
        return item.replaceFirst("\\{", "{\"time\": \"2025-03-12T10:00:00+08:00\", ");
    }
}
