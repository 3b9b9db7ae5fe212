package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcity.court.review.HandWrittenCases.ofKind;
import static org.smartcity.court.review.HandWrittenCases.signedItem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * Round 4 of issue 16: short paraphrases, in our own words, of the kinds with most past errors (time, place and
 * amount contradictions, retractions, confessions), in varied wordings — dialect, full-width digits, 大写, vague and
 * bounded values, a time told across two clauses — each checked both ways (the flaw found, the agreeing wording
 * left alone).
 */
class ParaphraseRobustnessTest {
    private static final String PERSONS = HandWrittenCases.TWO_SUSPECTS;

    private static List<Finding> review(String charge, String offence, String... items) throws Exception {
        return HandWrittenCases.review(PERSONS, charge, offence, items);
    }

    private static String victim(String answer) {
        return signedItem("E1", "inquiry-record", "victim-statement", "P2", "问：什么事？\\n答：" + answer);
    }

    private static String suspect(String id, String answer) {
        return signedItem(id, "interrogation-record", "suspect-statement", "P1", "问：经过？\\n答：" + answer);
    }

    private static final String EVENING_THEFT = "{\"time\": \"2024-06-05T21:00:00+08:00\", \"place\": "
            + "\"嘉兴市南湖区中山东路\", \"amount_cny\": 3000, \"text\": \"2024年6月5日21时许，周立新在南湖区中山东路盗窃孔海燕现金3000元。\"}";

    @Test
    void aTimeSplitOverTwoClausesIsComparedAsOne() throws Exception {
        String v = victim("6月5号晚上九点左右，我在中山东路的店里被偷了3000元现金。");
        String late = suspect("E2", "是5号后半夜，三点来钟吧，我在中山东路那个店里偷了3000块钱。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, late), FindingKind.TIME_CONTRADICTION))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("E1", "E2"));
        String same = suspect("E2", "是5号晚上，九点来钟吧，我在中山东路那个店里偷了3000块钱。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, same), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void fullWidthDigitsAreReadInTimes() throws Exception {
        String v = victim("６月５日晚上９点左右，我在中山东路的店里被偷了3000元现金。");
        String morning = suspect("E2", "６月５日早上６点，我在中山东路的店里偷了3000元。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, morning), FindingKind.TIME_CONTRADICTION))
                .hasSize(1);
        String evening = suspect("E2", "６月５日晚上９点半，我在中山东路的店里偷了3000元。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, evening), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void aDeniedPlaceIsSkippedAndTheCorrectedOneCompared() throws Exception {
        String offence = "{\"time\": \"2024-06-05T15:00:00+08:00\", \"place\": \"平山县温塘镇东大街\", "
                + "\"injuryGrade\": \"light\", \"text\": \"2024年6月5日15时许，周立新在平山县温塘镇东大街殴打孔海燕。\"}";
        String v = victim("下午三点，在平山县温塘镇东大街，周立新打了我。");
        String elsewhere = suspect("E2", "打了。不是在温塘，是在灵寿县岔头镇，我俩在那儿碰上的。");
        assertThat(ofKind(review("intentional-injury", offence, v, elsewhere), FindingKind.PLACE_CONTRADICTION))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("E1", "E2"));
        String same = suspect("E2", "打了，不是在县城，就在温塘镇东大街上，我俩碰上的。");
        assertThat(ofKind(review("intentional-injury", offence, v, same), FindingKind.PLACE_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void aDialectConfessionLaterDeniedIsARetraction() throws Exception {
        String v = victim("6月5号晚上九点，我在中山东路的店里被偷了3000元现金。");
        String first = suspect("E2", "俺晚上九点在中山东路那个店里把抽屉里的钱偷走了。");
        String second = signedItem(
                "E3", "interrogation-record", "suspect-statement", "P1", "问：上回说的对吗？\\n答：上回说的不对，俺没拿他的钱，那天俺在家。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, first, second), FindingKind.RETRACTED_CONFESSION))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("E2", "E3"));
        String again = suspect("E3", "俺九点去的中山东路，把钱偷走了。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, first, again), FindingKind.RETRACTED_CONFESSION))
                .isEmpty();
    }

    @Test
    void askingTheVictimForTheMoneyIsAFraudConfession() throws Exception {
        String offence = "{\"time\": \"2024-06-05T10:00:00+08:00\", \"amount_cny\": 5000, "
                + "\"text\": \"2024年6月5日10时许，周立新谎称能办理入学，骗取孔海燕现金5000元。\"}";
        String v = victim("他说能把孩子弄进重点中学，我6月5号上午给了他5000元现金。");
        String first = suspect("E2", "我跟她说能办入学，向她要了五千块好处费，其实我不认识学校的人。");
        String second = signedItem(
                "E3", "interrogation-record", "suspect-statement", "P1", "问：上次说的属实吗？\\n答：之前说的不对，我没骗她，那五千是她借给我的。");
        assertThat(ofKind(review("fraud", offence, v, first, second), FindingKind.RETRACTED_CONFESSION))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("E2", "E3"));
    }

    @Test
    void aBoundedVagueAmountDisagreesOnlyOutsideItsBounds() throws Exception {
        String v = victim("6月5号晚上九点，我在中山东路的店里被偷了3000元现金。");
        String within = suspect("E2", "6月5日晚上9点，我在中山东路偷了两千多块，不到三千五。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, within), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
        String below = suspect("E2", "6月5日晚上9点，我在中山东路偷了一千多块，不到一千五。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, below), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void financialNumeralsAreAmounts() throws Exception {
        String v = victim("6月5号晚上九点，我在中山东路的店里被偷了现金人民币叁仟元整。");
        String same = suspect("E2", "6月5日晚上9点，我在中山东路偷了3000元。");
        assertThat(ofKind(review("theft", EVENING_THEFT, v, same), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
        String other = victim("6月5号晚上九点，我在中山东路的店里被偷了现金人民币捌仟元整。");
        assertThat(ofKind(review("theft", EVENING_THEFT, other, same), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }
}
