package org.smartcity.court.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a suspect's interrogation record as confession or denial from the answers only ({@code 答：} lines;
 * the investigators' questions and warnings are ignored). Conservative: a record with both admissions and
 * denials is {@link Stance#MIXED}, and procedural answers ({@code 没有了}, {@code 明白}) count as neither.
 * Stateless and thread-safe.
 */
public final class StanceClassifier {
    /** The speaker: 我, and the dialect 俺, 咱. */
    private static final String I = "(?:我|俺|咱)";

    private static final String ACTS = "偷|盗|窃|抢|骗|打|砍|捅|刺|踢|伤|卖|贩|拿|喝|饮|开|驾|碰|动|做|干|参与|去过|到过|拿走|吸|藏";

    private static final Pattern DENIAL = Pattern.compile("不认罪|不承认|拒不|否认|冤枉|翻供|屈打成招|被逼|逼供|诱供|刑讯"
            // 还没卖 ("not yet sold") tells what has not happened since, not a denial of the act
            + "|(?<!还)(?:没有|没|并没有|从来没有|从没|根本没有|根本没)(?:" + ACTS + ")(?!多|几|完|少|过多|算|到|着|成|好|住|过瘾)"
            + "|不是" + I + "(?:干|做|偷|抢|拿|打|骗|卖|开|砍|捅)"
            + "|(?:与|跟|和)" + I + "(?:无关|没有关系|没关系)"
            + "|(?:之前|以前|上次|上回|前回|头回|前面|第一次|前几次)(?:所|的)?(?:说|讲|供述|交代)的?(?:都|全)?(?:不是真的|不属实|是假的|不对|是编的|是瞎说的|是乱说的)"
            + "|不知道(?:那|这|里面)?(?:是|装的是|有)毒品"
            + "|是乱说的|是瞎编的"
            + "|(?:根本|当时|那天)?不在(?:现场|那里|那儿|场)|(?:根本)?没(?:有)?去过"
            + "|(?<!没有|没|不是)(?:乱说|瞎说|胡说)的|(?:警察|民警|他们)(?:让|叫|教)" + I + "(?:这么)?说的");

    private static final Pattern CONFESSION = Pattern.compile(
            "认罪|" + I + "承认|承认(?:是" + I + "|" + I + ")|如实交代|如实供述|主动交代|主动供述|是" + I + "(?:干|做|偷|抢|拿|打|骗|卖|开|砍|捅)"
                    + "|" + I + "[^，。；！？\\n看见听说]{0,14}?(?:偷|盗|抢|骗|拿|卖|贩卖|打|砍|捅|刺|踢|吸)(?:了|走|过)(?!电话|招呼|车|听|工)"
                    // the subject told once for the sentence: 我在民族大道一个地下通道里，从后面用木棍打了一个男的; no one
                    // else may be named in between (我报警，他打了我; 我在家，被人打了)
                    + "|" + I + "[^。；！？\\n看见听说他她被人男女们]{0,30}?[，,][^。；！？\\n看见听说他她被人男女们]{0,20}?"
                    + "(?:偷|盗|抢|骗|拿|卖|贩卖|打|砍|捅|刺|踢)(?:了|走)(?!电话|招呼|车|听|工)"
                    // the 把 construction: 我在商场三楼把柜台上的一部手机偷走了; what the speaker only saw or heard is no confession
                    + "|" + I + "[^，。；！？\\n看见听说]{0,20}?把[^，。；！？\\n]{0,20}?(?:偷|盗|抢|骗|拿|卖|贩卖|打|砍|捅)(?:走|了|掉|伤)"
                    // an act told without a subject, with what was taken or sold: 在网吧门口，卖了3粒麻古给他
                    + "|(?:^|[，,])(?:偷|盗|抢|骗|卖|贩卖|砍|捅)了[0-9０-９一二两三四五六七八九十几]"
                    + "|" + I + "[^，。；！？\\n看见听说]{0,14}?卖给"
                    // buying the goods to sell on is the dealer's own act: 我从上家手里花一万五拿的货
                    + "|" + I + "[^，。；！？\\n看见听说他她被]{0,14}?(?:拿|进|买|购)(?:的|了|来的)?货"
                    // handing the drugs over is the sale: 把一箱冰毒交给陈家乐
                    + "|把[^，。；！？\\n]{0,12}?(?:毒品|冰毒|海洛因|麻古|K粉|摇头丸|大麻|白粉)[^，。；！？\\n]{0,4}?(?:交给|递给|卖给)"
                    // taking the victim's money oneself: 跟他要了两千八活动费, 向她收了5000元
                    + "|(?:跟|向|问|从)[^，。；！？\\n]{0,6}?(?:要|收|骗)了[^，。；！？\\n]{0,3}?[0-9０-９一二两三四五六七八九十几]"
                    + "|冒充|谎称|假装"
                    + "|(?:喝|饮)了[^，。；！？\\n]{0,8}酒");

    private StanceClassifier() {}

    /**
     * Whether an answer denies the speaker's own act: a denial whose clause has another person as its subject
     * ({@code 关宇跟我一起去的，他没动手}: what an accomplice did not do) is no denial of the speaker.
     */
    private static boolean deniesOwnAct(String answer) {
        Matcher m = DENIAL.matcher(answer);
        while (m.find()) {
            int from = clauseStart(answer, m.start());
            String before = answer.substring(from, m.start());
            boolean other = (before.contains("他") || before.contains("她"))
                    && !SPEAKER.matcher(before).find();
            if (!other) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SPEAKER = Pattern.compile(I);

    /**
     * A denial of harm or contact ({@code 没有碰她}, {@code 没打他}): in an answer that tells the act in the first person
     * ({@code 我拿水果刀对着她…她把金项链取下来给我…我没有碰她}) it denies a circumstance of the act, not the act.
     */
    private static final Pattern DETAIL_DENIAL =
            Pattern.compile("(?:没有|没|并没有|从来没有|从没|根本没有|根本没)(?:碰|打|伤|踢|砍|捅|刺|推|拉|拽)");

    /**
     * True when every denial of the answer is a denial of a circumstance ({@link #DETAIL_DENIAL}) and the rest of the
     * answer, without those clauses, confesses the act.
     */
    private static boolean confessesWithDetailDenied(String answer) {
        Matcher m = DENIAL.matcher(answer);
        StringBuilder rest = new StringBuilder();
        int kept = 0;
        boolean any = false;
        while (m.find()) {
            int from = clauseStart(answer, m.start());
            int to = clauseEnd(answer, m.end());
            if (!DETAIL_DENIAL.matcher(answer.substring(from, to)).find()) {
                return false;
            }
            any = true;
            if (from >= kept) {
                rest.append(answer, kept, from).append('，');
            }
            kept = Math.max(kept, to);
        }
        rest.append(answer.substring(Math.min(kept, answer.length())));
        return any && ownConfession(rest.toString());
    }

    /** A confession the speaker makes himself, not one he reports ({@code 他说是我打的}). */
    private static boolean ownConfession(String text) {
        Matcher m = CONFESSION.matcher(text);
        while (m.find()) {
            String before = text.substring(clauseStart(text, m.start()), m.start());
            if (!before.contains("说") && !before.contains("称")) {
                return true;
            }
        }
        return false;
    }

    private static int clauseEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            if ("，。；！？,;!?".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static int clauseStart(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if ("，。；！？,;!?".indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The stance of a statement text; its questions are ignored when it is in question-and-answer form. */
    public static Stance classify(String statementText) {
        String answers = Clauses.answers(statementText);
        boolean denies = false;
        boolean admits = false;
        for (String answer : answers.split("\n")) {
            String a = answer.strip();
            if (a.isEmpty()) {
                continue;
            }
            if (deniesOwnAct(a) && !confessesWithDetailDenied(a)) {
                denies = true;
            } else if (CONFESSION.matcher(a).find() || confessesWithDetailDenied(a)) {
                admits = true;
            }
        }
        if (denies && admits) {
            return Stance.MIXED;
        }
        if (denies) {
            return Stance.DENIAL;
        }
        return admits ? Stance.CONFESSION : Stance.NONE;
    }

    /** The first answer that admits the act (without a denial), for quoting; empty when there is none. */
    public static java.util.Optional<String> confessingAnswer(String statementText) {
        for (String answer : Clauses.answers(statementText).split("\n")) {
            String a = answer.strip();
            if (!a.isEmpty() && (!deniesOwnAct(a) && CONFESSION.matcher(a).find() || confessesWithDetailDenied(a))) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
