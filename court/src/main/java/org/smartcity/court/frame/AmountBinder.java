package org.smartcity.court.frame;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;

/**
 * Binds each amount of money of an item to the object it is the value of. The object is the one named last before
 * the amount in its clause ({@code 现金800元}, {@code 手机一部（价值2,100元）}); else the one named in the
 * investigator's question the answer responds to ({@code 电瓶值多少钱？} — {@code 大概三百元}); else, in an item
 * that is no question-and-answer record (an appraisal, a list), the single kind of object its text names. A total
 * ({@code 一共}, {@code 合计}) is bound to no object: it is the whole loss. How many of the object the words around
 * the amount count is kept, so that the value of one of three batteries is not compared with the value of all.
 * Stateless.
 */
public final class AmountBinder {
    private AmountBinder() {}

    /**
     * The amounts of money of an item's frames, bound.
     *
     * @param frames the item's frames, in order (questions included: they give an answer its object)
     * @param itemText the item's whole text
     */
    public static List<AmountFrame> bind(List<FactFrame> frames, String itemText) {
        List<AmountFrame> out = new ArrayList<>();
        boolean dialogue = frames.stream().anyMatch(f -> f.event() == Event.QUESTION);
        String itemObject = dialogue ? null : PropertyObjects.only(itemText);
        StringBuilder question = new StringBuilder();
        boolean lastWasQuestion = false;
        for (FactFrame fr : frames) {
            if (fr.event() == Event.QUESTION) {
                if (!lastWasQuestion) {
                    question.setLength(0);
                }
                question.append(fr.text()).append('，');
                lastWasQuestion = true;
                continue;
            }
            lastWasQuestion = false;
            for (Quantity q : QuantityExtractor.money(fr.text())) {
                if (countAsked(question, fr.text(), q) || countsObject(fr.text(), q)) {
                    continue;
                }
                AmountRole role = AmountRole.of(fr.text(), q.start(), q.end());
                String object = null;
                int count = 0;
                if (role != AmountRole.TOTAL) {
                    object = PropertyObjects.before(fr.text(), q.start());
                    String where = fr.text();
                    if (object == null) {
                        object = PropertyObjects.before(question.toString(), question.length());
                        where = where + "，" + question;
                    }
                    if (object == null) {
                        object = itemObject;
                        where = itemText;
                    }
                    count = countOf(where, object);
                }
                out.add(new AmountFrame(q, role, object, count, fr.event(), fr.text()));
            }
        }
        return out;
    }

    /**
     * {@code 每次偷几块？} — {@code 一共3块}: an answer to a question asking how many pieces ({@code 几块}, {@code 多少块}
     * not followed by 钱) counts them; its {@code 块} is no yuan.
     */
    private static boolean countAsked(CharSequence question, String clause, Quantity q) {
        if (!clause.substring(q.start(), q.end()).endsWith("块")
                || (q.end() < clause.length() && clause.charAt(q.end()) == '钱')) {
            return false;
        }
        String asked = question.toString();
        for (String w : new String[] {"几块", "多少块"}) {
            int i = asked.indexOf(w);
            if (i >= 0 && !asked.startsWith("钱", i + w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 电话手表一块}, {@code 锂电池共3块}: a number of 块 right after the object it counts (a count, not yuan);
     * after cash ({@code 现金七百八十块}) it is yuan.
     */
    private static boolean countsObject(String clause, Quantity q) {
        if (!clause.substring(q.start(), q.end()).endsWith("块")) {
            return false;
        }
        for (PropertyObjects.Mention m : PropertyObjects.in(clause)) {
            int gap = q.start() - m.end();
            boolean next = gap == 0 || gap == 1 && clause.charAt(m.end()) == '共';
            if (next && !m.object().equals(PropertyObjects.CASH)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the object the words count (the largest count stated for it), 0 when none. */
    private static int countOf(String text, String object) {
        if (object == null) {
            return 0;
        }
        int count = 0;
        for (PropertyObjects.Mention m : PropertyObjects.in(text)) {
            if (m.object().equals(object)) {
                count = Math.max(count, PropertyObjects.count(text, m));
            }
        }
        return count;
    }
}
