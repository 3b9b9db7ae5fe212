package org.smartcity.court.extract;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a suspect's statement turn by turn (each answer with the question it replies to; the investigators'
 * questions themselves never count) and tells what it amounts to. Each turn is one of: <em>admits</em> the act,
 * <em>denies</em> it, <em>retracts</em> an earlier statement (says it was untrue, coerced, induced, made up, or takes
 * it back), <em>partial</em> (admits part and denies part), or neither (silent, evasive, procedural). The rules,
 * in order:
 *
 * <ol>
 *   <li>double negation is an admission ({@code 不否认}, {@code 没有不承认}, {@code 不是没拿}); a denial of intent
 *       only ({@code 不是故意打他的}) admits the act;
 *   <li>a negation denies the act only when its scope holds a verb of the charge's act ({@code 没偷}, {@code 一部都没偷},
 *       {@code 从没去过}, {@code 不是我拿的}); in a theft {@code 没卖} denies a later sale, not the act;
 *   <li>a denial whose clause has another person as subject ({@code 他没动手}) is no denial of the speaker; a confession
 *       the speaker only reports ({@code 他说是我干的}) is no admission;
 *   <li>a short answer ({@code 是的}, {@code 没有}, {@code 拿了}, {@code 不是}) takes its meaning from the question when the
 *       question asks about the speaker's own act ({@code 你有没有拿他的钱包？}) and from nothing else;
 *   <li>an answer that both admits and denies the act is partial, unless every denial is of a circumstance of an
 *       act the answer tells ({@code 我拿了钱…我没有碰她}: a confession) or the answer retracts an earlier statement
 *       (then its admissions are what was said before).
 * </ol>
 *
 * A statement with admitting and denying turns is {@link Stance#MIXED}. Stateless and thread-safe.
 */
public final class StanceClassifier {
    /** The speaker: 我, and the dialect 俺, 咱. */
    private static final String I = "(?:我|俺|咱)";

    /**
     * Words that name another person without making him the doer, allowed between the speaker and his verb: nobody
     * about (趁没人), his possessions (他家猪圈), a quarrel with someone (跟人吵架).
     */
    private static final String ASIDE = "没人|无人|他家|她家|他的|她的|跟人|和人|与人";

    /** Verbs of every charge's act, used when the charge is not known. */
    private static final String ALL_ACTS = "偷|盗|窃|抢|骗|打|砍|捅|刺|踢|砸|伤|卖|贩|拿|喝|饮|开|驾|碰|动|做|干|参与|去过|到过|拿走|吸|藏";

    /** Words that may deny any charge's act (being there, doing it at all). */
    private static final String COMMON_ACTS = "碰|动|做|干|参与|去过|到过";

    /** The verbs of each charge's own act; a negated verb outside them denies something else. */
    private static final Map<String, String> ACTS_OF_CHARGE = Map.of(
            "theft", COMMON_ACTS + "|偷|盗|窃|拿|拿走|藏|顺|摸|扒",
            "robbery", COMMON_ACTS + "|抢|拿|打|砍|捅|刺|踢|砸|伤|推|拽",
            "fraud", COMMON_ACTS + "|骗|拿|收",
            "intentional-injury", COMMON_ACTS + "|打|砍|捅|刺|踢|砸|伤|推",
            "drug-trafficking", COMMON_ACTS + "|卖|贩|拿|藏|交|给",
            "dangerous-driving", COMMON_ACTS + "|喝|饮|开|驾");

    private static final String NEG = "(?<!还)(?:没有|没|并没有|从来没有|从没有|从没|从未|未曾|根本没有|根本没|绝对没有|并未)";

    /** Denials of the act as a whole, whatever the charge. */
    private static final String BLANKET_DENIAL = "不认罪|不承认|拒不|否认|冤枉"
            + "|(?:与|跟|和)" + I + "(?:无关|没有关系|没关系)"
            + "|不知道(?:那|这|里面)?(?:是|装的是|有)毒品"
            + "|(?:根本|当时|那天)?不在(?:现场|那里|那儿|场)|(?:根本)?没(?:有)?去过";

    /**
     * Retractions: an earlier statement said to be untrue, coerced, induced or made up, or taken back.
     */
    private static final Pattern RETRACTION = Pattern.compile("翻供|屈打成招|被逼(?!无奈)|逼供|诱供|刑讯"
            + "|(?:之前|以前|先前|原先|原来|上次|上回|前回|头回|前面|第一次|前几次|前两次|那次|当时)" + I + "?(?:所|的)?"
            + "(?:说|讲|供述|交代|承认|口供|笔录)的?(?:都|全|那些)?"
            + "(?:不是真的|不是事实|不属实|不真实|是假的|不对|是编的|是瞎说的|是乱说的)"
            + "|(?:推翻|收回|撤回|撤销|不认)[^，。；！？\\n]{0,6}?(?:口供|供述|笔录|说法|交代|说的|讲的)"
            + "|(?<!没有|没|不是)(?:是" + I + "?)?(?:乱说|瞎说|胡说|乱讲|瞎讲|胡讲|瞎编|乱编|胡编|编造|捏造|瞎扯)(?:的|出来的)"
            + "|(?:警察|民警|公安|他们|办案人员)(?:让|叫|教|逼)" + I + "(?:这么|那么|这样|那样)?(?:说|讲|承认|签)"
            + "|(?:警察|民警|公安|他们|办案人员)[^，。；！？\\n]{0,4}?(?:说|讲|答应|保证)[^，。；！？\\n]{0,6}?"
            + "(?:承认|认了|招了|交代了)[^，。；！？\\n]{0,4}?(?:就|才)");

    private static final Pattern CONFESSION = Pattern.compile(
            "认罪|" + I + "承认|承认(?:是" + I + "|" + I + ")|如实交代|如实供述|主动交代|主动供述|是" + I + "(?:干|做|偷|抢|拿|打|骗|卖|开|砍|捅)"
                    + "|" + I + "[^，。；！？\\n看见听说]{0,14}?(?:偷|盗|抢|骗|拿|卖|贩卖|打|砍|捅|刺|踢|砸|吸)(?:了|走|过)(?!电话|招呼|车|听|工)"
                    // the subject told once for the sentence: 我在民族大道一个地下通道里，从后面用木棍打了一个男的; no one
                    // else may be named in between (我报警，他打了我; 我在家，被人打了)
                    + "|" + I + "(?:[^。；！？\\n看见听说他她被人男女们]|" + ASIDE + "){0,30}?[，,]"
                    + "(?:[^。；！？\\n看见听说他她被人男女们]|" + ASIDE + "){0,20}?"
                    + "(?:偷|盗|抢|骗|拿|卖|贩卖|打|砍|捅|刺|踢|砸)(?:了|走)(?!电话|招呼|车|听|工)"
                    // the 把 construction: 我在商场三楼把柜台上的一部手机偷走了; what the speaker only saw or heard is no confession
                    + "|" + I + "[^，。；！？\\n看见听说]{0,20}?把[^，。；！？\\n]{0,20}?"
                    + "(?:(?:偷|盗|抢|骗|拿|卖|贩卖|打|砍|捅|顺|摸|扒|搬|扛|揣)(?:走|了|掉|伤)|(?:骑|开)走)"
                    // the 把 construction moving something away, across a comma from its subject: 我到羊圈，拨开圈门把里面的
                    // 6只羊赶出来; a person moved (把他送走) is no taking
                    + "|" + I + "(?:[^。；！？\\n看见听说他她被人男女们]|" + ASIDE + "){0,40}?把[^，。；！？\\n他她人]{0,20}?[^送还交退放]"
                    + "(?:走|出来|出去)(?!了?(?:给|交给|还给))"
                    // the 是…的 focus with the speaker as doer: 那台笔记本是我从他车里顺出来的
                    + "|是" + I + "[^，。；！？\\n看见听说被]{0,12}?(?:偷|盗|抢|骗|拿|顺|摸|扒|砍|捅|卖)[^，。；！？\\n]{0,3}?的"
                    // what drove the speaker to it: 没钱吃饭才去偷的电缆
                    + "|" + I + "[^。；！？\\n看见听说他她被人谁]{0,20}?(?:去|来)(?:偷|盗|抢|骗|顺|摸|扒)的"
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

    /**
     * An answer that starts with the act's verb and names no doer is the speaker's own act (Chinese drops the subject
     * the question gives: 问：你在那里干什么？答：卖冰毒给一个女的); a noun of the offence (抢劫的事, 盗窃案) is no act.
     */
    private static final Pattern PRO_DROP =
            Pattern.compile("^(?:就是|是|因为|去)?(?:偷|盗|抢|骗|卖|贩|砍|捅|扒)(?:了|过)?" + "(?!劫|窃|盗|案|罪|的事|的东西|毒案|骗案|什么|啥)[^，。；！？]");

    /** Admissions by double negation, or by denying only the intent. */
    private static final Pattern DOUBLE_NEGATION = Pattern.compile("不否认|(?:没有|没)不承认|不得不承认"
            + "|(?:不是|并非|并不是)(?:没有|没)(?:" + ALL_ACTS + ")"
            + "|(?:不是|并非|并不是)(?:故意|有意|存心|成心)(?:要)?(?:" + ALL_ACTS + ")");

    /** A denial of harm or contact: in an answer that tells the act it denies a circumstance, not the act. */
    private static final Pattern DETAIL_DENIAL =
            Pattern.compile("(?:没有|没|并没有|从来没有|从没|根本没有|根本没)(?:碰|打|伤|踢|砍|捅|刺|推|拉|拽)");

    private static final Pattern SPEAKER = Pattern.compile(I);

    /** What stands before an admission's words and negates them: 不认罪, 不承认是我偷的, 并非我拿的. */
    /** An admission's own words that negate its verb: 我从没偷过 is no admission. */
    private static final Pattern NEGATED_VERB = Pattern.compile(NEG + "(?:" + ALL_ACTS + "|顺|摸|扒)");

    /**
     * What stands before a negation in its clause and moves it to a later event: 我偷了手机以后没有卖 denies the sale,
     * not the theft.
     */
    private static final Pattern LATER = Pattern.compile("以后|之后|后来|然后|完了?$");

    private static final Pattern NEGATED = Pattern.compile("(?:不|没|没有|未)$|不承认|否认|并非|不可能|哪里是|怎么可能");

    /** A short answer that says yes, once punctuation and particles are dropped. */
    private static final Pattern AFFIRM = Pattern.compile("(?:是|是我|是的|对|对的|嗯|恩|没错|承认|我承认|认|认罪|我认罪|有)");

    /** A short answer that says no. */
    private static final Pattern NEGATE = Pattern.compile(I + "?(?:不是|没有|没|不|不对|不承认|不认罪)");

    private static final Pattern TRAILING = Pattern.compile("[。！!，,；;…\\s啊呀吧呢的嘛哦]+$");

    private static final Map<String, Patterns> BY_CHARGE = new ConcurrentHashMap<>();

    /** The charge-dependent patterns. */
    private record Patterns(Pattern denial, Pattern question, Pattern echo) {
        static Patterns of(String acts) {
            Pattern denial = Pattern.compile(BLANKET_DENIAL
                    + "|" + NEG + "(?:" + acts + ")(?!多|几|完|少|过多|算|到|着|成|好|住|过瘾)"
                    + "|不是" + I + "(?:" + acts + ")");
            // a question about the speaker's own act: 你有没有拿他的钱包？ 是不是你开的车？ 你承认吗？ Questions about other
            // offences or about what was done to him are not
            String concrete = acts.replace("做|", "").replace("干|", "");
            Pattern question = Pattern.compile("^(?!.*(?:其他|别的|以前|前科|被)).*(?:你[^，。？?]{0,12}?(?:" + concrete
                    + "|承认|认罪)|(?:是不是|是否|是)你(?:" + concrete + "))");
            Pattern echo = Pattern.compile(I + "?(?:" + concrete + ")(?:了|过)?");
            return new Patterns(denial, question, echo);
        }
    }

    private StanceClassifier() {}

    private static Patterns patterns(String charge) {
        String acts = charge == null ? null : ACTS_OF_CHARGE.get(charge);
        String key = acts == null ? "" : charge;
        return BY_CHARGE.computeIfAbsent(key, k -> Patterns.of(k.isEmpty() ? ALL_ACTS : ACTS_OF_CHARGE.get(k)));
    }

    /** What one turn amounts to. */
    private enum TurnStance {
        ADMITS,
        DENIES,
        RETRACTS,
        PARTIAL,
        NONE
    }

    /** The stance of a statement whose charge is not known; see {@link #read(String, String)}. */
    public static Stance classify(String statementText) {
        return read(statementText, null).stance();
    }

    /**
     * The stance of a statement about the act of the given charge (a charge code such as {@code theft}; {@code null}
     * or an unknown code counts every charge's act), with the turn it rests on: for a confession the first admitting
     * turn, for a denial the first denying or retracting one, for a mixed statement the first of each.
     */
    public static StanceReading read(String statementText, String charge) {
        Patterns p = patterns(charge);
        String admitting = null;
        String denying = null;
        String admitWhy = "";
        String denyWhy = "";
        for (Clauses.Turn t : Clauses.turns(statementText)) {
            String a = t.answer().strip();
            if (a.isEmpty()) {
                continue;
            }
            TurnStance s = turn(t.question(), a, p);
            String quote = t.question().isEmpty() ? a : "问：" + t.question() + " 答：" + a;
            if ((s == TurnStance.ADMITS || s == TurnStance.PARTIAL) && admitting == null) {
                admitting = quote;
                admitWhy = s == TurnStance.PARTIAL ? "partial" : "admits";
            }
            if ((s == TurnStance.DENIES || s == TurnStance.RETRACTS || s == TurnStance.PARTIAL) && denying == null) {
                denying = quote;
                denyWhy = s == TurnStance.RETRACTS ? "retracts" : s == TurnStance.PARTIAL ? "partial" : "denies";
            }
        }
        if (admitting != null && denying != null) {
            String quote = admitting.equals(denying) ? admitting : admitting + " / " + denying;
            return new StanceReading(
                    Stance.MIXED, quote, admitWhy.equals("partial") ? "partial" : "admits and " + denyWhy);
        }
        if (denying != null) {
            return new StanceReading(Stance.DENIAL, denying, denyWhy);
        }
        if (admitting != null) {
            return new StanceReading(Stance.CONFESSION, admitting, admitWhy);
        }
        return StanceReading.NONE;
    }

    private static TurnStance turn(String question, String answer, Patterns p) {
        Optional<TurnStance> brief = shortAnswer(question, answer, p);
        if (brief.isPresent()) {
            return brief.get();
        }
        boolean doubleNegated = DOUBLE_NEGATION.matcher(answer).find();
        String a = doubleNegated ? DOUBLE_NEGATION.matcher(answer).replaceAll("承认") : answer;
        boolean retracts = RETRACTION.matcher(a).find();
        boolean denies = deniesOwnAct(a, p.denial());
        boolean admits = doubleNegated || ownConfession(a);
        if (!admits && !denies && !retracts && actOfCharge(a, p)) {
            admits = true;
        }
        if (retracts) {
            return admits && !denies ? TurnStance.PARTIAL : TurnStance.RETRACTS;
        }
        if (denies && admits) {
            return confessesWithDetailDenied(a, p.denial()) ? TurnStance.ADMITS : TurnStance.PARTIAL;
        }
        if (denies) {
            return TurnStance.DENIES;
        }
        return admits ? TurnStance.ADMITS : TurnStance.NONE;
    }

    /** An answer told without a subject that starts with a verb of the charge's act. */
    private static boolean actOfCharge(String answer, Patterns p) {
        Matcher m = PRO_DROP.matcher(answer);
        return m.find()
                && p.echo()
                        .matcher(m.group().replaceAll("^(?:就是|是|因为|去)", "").substring(0, 1))
                        .matches();
    }

    /** A yes or no (or the act's verb alone) in reply to a question about the speaker's own act. */
    private static Optional<TurnStance> shortAnswer(String question, String answer, Patterns p) {
        String bare = TRAILING.matcher(answer).replaceAll("");
        if (bare.isEmpty() || bare.length() > 4 || question.isEmpty()) {
            return Optional.empty();
        }
        if (!p.question().matcher(question).find()) {
            return Optional.empty();
        }
        if (NEGATE.matcher(bare).matches()) {
            return Optional.of(TurnStance.DENIES);
        }
        if (AFFIRM.matcher(bare).matches() || p.echo().matcher(bare).matches()) {
            return Optional.of(TurnStance.ADMITS);
        }
        return Optional.empty();
    }

    /**
     * Whether an answer denies the speaker's own act: a denial whose clause has another person as its subject
     * ({@code 关宇跟我一起去的，他没动手}: what an accomplice did not do) is no denial of the speaker.
     */
    private static boolean deniesOwnAct(String answer, Pattern denial) {
        Matcher m = denial.matcher(answer);
        while (m.find()) {
            int from = clauseStart(answer, m.start());
            String before = answer.substring(from, m.start());
            boolean other = (before.contains("他") || before.contains("她"))
                    && !SPEAKER.matcher(before).find();
            if (!other && !LATER.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every denial of the answer is a denial of a circumstance ({@link #DETAIL_DENIAL}) and the rest of the
     * answer, without those clauses, confesses the act.
     */
    private static boolean confessesWithDetailDenied(String answer, Pattern denial) {
        Matcher m = denial.matcher(answer);
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
            if (!before.contains("说")
                    && !before.contains("称")
                    && !NEGATED.matcher(before).find()
                    && !NEGATED_VERB.matcher(m.group()).find()) {
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

    /** The first answer that admits the act (without a denial), for quoting; empty when there is none. */
    public static Optional<String> confessingAnswer(String statementText) {
        Patterns p = patterns(null);
        for (Clauses.Turn t : Clauses.turns(statementText)) {
            String a = t.answer().strip();
            if (!a.isEmpty() && turn(t.question(), a, p) == TurnStance.ADMITS) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
