package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * Causes found on the blind sets j and k (issue 16, round 3), one test each with sentences of its own.
 */
class SeriesOfDealsTest {
    private static final String PERSONS = HandWrittenCases.TWO_SUSPECTS;

    private static List<Finding> review(String charge, String offence, String... items) throws Exception {
        return HandWrittenCases.review(PERSONS, charge, offence, items);
    }

    private static String item(String id, String kind, String category, String subject, String text) {
        return HandWrittenCases.signedItem(id, kind, category, subject, text);
    }

    private static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
        return HandWrittenCases.ofKind(findings, kind);
    }

    @Test
    void aWeightDatedToOneDealOfASeriesIsAPartNotTheWhole() throws Exception {
        String offence =
                "{\"time\": {\"start\": \"2024-06-01T20:00:00+08:00\", \"end\": \"2024-06-09T22:00:00+08:00\"},"
                        + " \"drugWeight_g\": 8.1}";
        String seller = item(
                "E1",
                "interrogation-record",
                "suspect-statement",
                "P1",
                "问：卖了几次？\\n答：前后卖给老刘三回：6月1号1克收了150元，6月5号2克收了300元，6月9号被抓时身上还剩的都是要卖的。");
        assertThat(ofKind(review("drug-trafficking", offence, seller), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
        String undated = item("E1", "interrogation-record", "suspect-statement", "P1", "问：一共卖了多少？\\n答：前后卖给老刘三回，一共就2克。");
        assertThat(ofKind(review("drug-trafficking", offence, undated), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void aFineTheSuspectOncePaidIsNoAmountOfTheOffence() throws Exception {
        String offence = "{\"time\": \"2024-06-01T15:00:00+08:00\", \"amount_cny\": 900}";
        String suspect = item(
                "E1",
                "interrogation-record",
                "suspect-statement",
                "P1",
                "问：经过？\\n答：下午在商场拿了一件外套没付钱。\\n问：以前有过吗？\\n答：前年打架被派出所罚了两百块，别的没有。");
        assertThat(ofKind(review("theft", offence, suspect), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void moneyTakenUnderAnotherNameThanCashNeedsNoPriceAppraisal() throws Exception {
        String takings = "{\"time\": \"2024-06-01T15:00:00+08:00\", \"amount_cny\": 2600, "
                + "\"text\": \"周立新趁店员不在，窃取柜台内营业款人民币2,600元。\"}";
        String suspect = item("E1", "interrogation-record", "suspect-statement", "P1", "问：经过？\\n答：我从柜台里拿了两千六百块。");
        assertThat(missing(review("theft", takings, suspect), "price-appraisal"))
                .isFalse();
        String phone = "{\"time\": \"2024-06-01T15:00:00+08:00\", \"amount_cny\": 2600, "
                + "\"text\": \"周立新趁店员不在，窃取柜台内手机一部，价值人民币2,600元。\"}";
        assertThat(missing(review("theft", phone, suspect), "price-appraisal")).isTrue();
    }

    private static boolean missing(List<Finding> findings, String kind) {
        return findings.stream()
                .anyMatch(f -> f.kind() == FindingKind.MISSING_EVIDENCE
                        && kind.equals(f.missingKind().orElse(null)));
    }

    @Test
    void theHourTheVictimCameBackIsNoTimeOfTheAct() throws Exception {
        String offence = "{\"time\": \"2024-06-12T02:00:00+08:00\", \"amount_cny\": 600}";
        String victim = item(
                "E1",
                "inquiry-record",
                "victim-statement",
                "P2",
                "问：怎么回事？\\n答：昨天我去亲戚家住了一宿。今天下午三点钟回来，屋里的柜子被撬开，放在里面的六百块钱没了。");
        String witness =
                item("E2", "inquiry-record", "witness-testimony", null, "问：你看见什么了？\\n答：今天凌晨两点多，我看见一个人翻进孔海燕家的院子。");
        assertThat(ofKind(review("theft", offence, victim, witness), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
    }
}
