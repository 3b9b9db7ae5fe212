package org.smartcity.app.court;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.smartcity.court.sentencing.DetectedCircumstance;
import org.smartcity.court.sentencing.MonthRange;
import org.smartcity.court.sentencing.SentencingResult;
import org.smartcity.court.sentencing.SentencingRules;
import org.smartcity.court.sentencing.SentencingStep;
import org.smartcity.court.sentencing.TermDistribution;

/** Renders a sentencing reference as text (two columns, then the steps table) or as one JSON document. */
public final class SentenceReport {
    private static final int LEFT = 44;

    private SentenceReport() {}

    static String text(
            SentencingResult r, SentencingRules rules, Optional<TermDistribution> empirical, String empiricalNote) {
        StringBuilder b = new StringBuilder();
        b.append("sentencing reference (a reference for the judge, not a sentence)\n");
        b.append("charge: ").append(r.charge().basis().en()).append('\n');
        b.append("rules:  ")
                .append(rules.version())
                .append(rules.jurisdiction().isEmpty() ? "" : ", " + rules.jurisdiction())
                .append(" (")
                .append(rules.origin())
                .append(")\n\n");
        List<String> left = new ArrayList<>();
        left.add("GUIDELINE CALCULATION");
        left.add("status: "
                + r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        r.quantity().ifPresent(q -> left.add("quantity: " + q.describe()));
        left.add("tier: " + r.tier().map(t -> t.label()).orElse("not determined"));
        r.tier().ifPresent(t -> left.add("  by: " + r.tierBasis().en()));
        r.tier().ifPresent(t -> {
            MonthRange law = t.statutory();
            left.add("statutory: " + months(law.minMonths()) + "–" + months(law.maxMonths()) + " months"
                    + (law.life() ? ", life" : "") + (law.death() ? ", death" : ""));
        });
        r.months().ifPresent(m -> left.add("result: " + months(m) + " months"));
        List<String> right = new ArrayList<>();
        right.add("SIMILAR CASES (empirical)");
        if (empirical.isEmpty() || empirical.get().caseIds().isEmpty()) {
            right.add(empiricalNote);
        } else {
            TermDistribution d = empirical.get();
            right.add(d.caseIds().size() + " cases, " + d.fixedTerms() + " fixed terms"
                    + (d.life() > 0 ? ", " + d.life() + " life" : "")
                    + (d.death() > 0 ? ", " + d.death() + " death" : ""));
            d.median().ifPresent(m -> right.add("median: " + months(m) + " months"));
            if (d.lowerQuartile().isPresent()) {
                right.add("quartiles: " + months(d.lowerQuartile().getAsDouble()) + "–"
                        + months(d.upperQuartile().getAsDouble()) + " months");
                right.add("range: " + months(d.minMonths().getAsDouble()) + "–"
                        + months(d.maxMonths().getAsDouble()) + " months");
            }
        }
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            String rt = i < right.size() ? right.get(i) : "";
            b.append(pad(l, LEFT)).append(" │ ").append(rt).append('\n');
        }
        if (!r.steps().isEmpty()) {
            b.append("\nsteps:\n");
            b.append("  " + pad("#", 3) + pad("step", 26) + pad("rule", 40) + pad("percent", 9) + pad("months", 8)
                    + "source\n");
            int n = 1;
            for (SentencingStep s : r.steps()) {
                String pct = s.percent().isPresent() ? signed(s.percent().getAsDouble()) + "%" : "";
                b.append("  ")
                        .append(pad(String.valueOf(n++), 3))
                        .append(pad(s.name().en(), 26))
                        .append(pad(s.ruleId(), 40))
                        .append(pad(pct, 9))
                        .append(pad(months(s.resultMonths()), 8))
                        .append(s.source())
                        .append('\n');
                b.append("     ").append(s.note().en()).append('\n');
            }
        }
        if (!r.circumstances().isEmpty()) {
            b.append("\ncircumstances found:\n");
            for (DetectedCircumstance d : r.circumstances()) {
                b.append("  ")
                        .append(d.applied() ? "applied  " : "not used ")
                        .append(d.rule().name())
                        .append(": '")
                        .append(d.mention().phrase())
                        .append('\'')
                        .append(d.reason().map(x -> " — " + x).orElse(""))
                        .append('\n');
            }
        }
        if (!r.problems().isEmpty()) {
            b.append("\ncould not determine:\n");
            r.problems().forEach(p -> b.append("  - ").append(p.en()).append('\n'));
        }
        if (!r.notes().isEmpty()) {
            b.append("\nnotes:\n");
            r.notes().forEach(p -> b.append("  - ").append(p.en()).append('\n'));
        }
        empirical.ifPresent(d -> {
            if (!d.caseIds().isEmpty()) {
                b.append("\nsimilar cases used: ").append(d.basis()).append("; ids ");
                b.append(String.join(
                                ", ", d.caseIds().stream().map(String::valueOf).toList()))
                        .append('\n');
            }
        });
        return b.toString().stripTrailing();
    }

    static String json(
            SentencingResult r, SentencingRules rules, Optional<TermDistribution> empirical, String empiricalNote) {
        return tree(r, rules, empirical, empiricalNote).toString();
    }

    /**
     * The JSON document of {@code smartcity court sentence --json} (also served by the workspace's reference API).
     *
     * @param empiricalNote a note on the empirical part, or "" for none
     */
    public static ObjectNode tree(
            SentencingResult r, SentencingRules rules, Optional<TermDistribution> empirical, String empiricalNote) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode rn = root.putObject("rules");
        rn.put("version", rules.version());
        rn.put("jurisdiction", rules.jurisdiction());
        rn.put("origin", rules.origin());
        ObjectNode cn = root.putObject("charge");
        r.charge()
                .charge()
                .ifPresentOrElse(
                        c -> {
                            cn.put("id", c.id());
                            cn.put("name", c.name());
                            cn.put("article", c.article());
                        },
                        () -> cn.putNull("name"));
        cn.put("basis", r.charge().basis().en());
        cn.put("basisZh", r.charge().basis().zh());
        root.put("status", r.status().name());
        r.quantity().ifPresent(q -> {
            ObjectNode qn = root.putObject("quantity");
            qn.put("value", q.value());
            qn.put("unit", q.measure().unit());
            qn.put("phrase", q.mention().phrase());
            qn.put("how", q.how());
        });
        ObjectNode tn = root.putObject("tier");
        r.tier().ifPresent(t -> {
            tn.put("id", t.id());
            tn.put("label", t.label());
            range(tn.putObject("statutory"), t.statutory());
            t.startingRange().ifPresent(sr -> range(tn.putObject("startingRange"), sr));
            tn.put("source", t.source());
        });
        tn.put("basis", r.tierBasis().en());
        tn.put("basisZh", r.tierBasis().zh());
        var steps = root.putArray("steps");
        for (SentencingStep s : r.steps()) {
            ObjectNode sn = steps.addObject();
            sn.put("rule", s.ruleId());
            sn.put("name", s.name().en());
            sn.put("nameZh", s.name().zh());
            if (s.percent().isPresent()) {
                sn.put("percent", s.percent().getAsDouble());
            }
            sn.put("changeMonths", s.changeMonths());
            sn.put("resultMonths", s.resultMonths());
            sn.put("source", s.source());
            sn.put("note", s.note().en());
            sn.put("noteZh", s.note().zh());
        }
        var cs = root.putArray("circumstances");
        for (DetectedCircumstance d : r.circumstances()) {
            ObjectNode dn = cs.addObject();
            dn.put("id", d.rule().id());
            dn.put("name", d.rule().name());
            dn.put("matched", d.mention().matched());
            dn.put("phrase", d.mention().phrase());
            dn.put("applied", d.applied());
            d.reason().ifPresent(x -> dn.put("reason", x));
        }
        r.months().ifPresentOrElse(x -> root.put("months", x), () -> root.putNull("months"));
        var problems = root.putArray("problems");
        var problemsZh = root.putArray("problemsZh");
        r.problems().forEach(p -> {
            problems.add(p.en());
            problemsZh.add(p.zh());
        });
        var notes = root.putArray("notes");
        var notesZh = root.putArray("notesZh");
        r.notes().forEach(p -> {
            notes.add(p.en());
            notesZh.add(p.zh());
        });
        ObjectNode en = root.putObject("empirical");
        if (empirical.isPresent()) {
            TermDistribution d = empirical.get();
            d.caseIds().forEach(en.putArray("caseIds")::add);
            en.put("count", d.caseIds().size());
            en.put("fixedTerms", d.fixedTerms());
            en.put("life", d.life());
            en.put("death", d.death());
            put(en, "median", d.median());
            put(en, "lowerQuartile", d.lowerQuartile());
            put(en, "upperQuartile", d.upperQuartile());
            put(en, "minMonths", d.minMonths());
            put(en, "maxMonths", d.maxMonths());
            en.put("basis", d.basis().en());
            en.put("basisZh", d.basis().zh());
        }
        if (!empiricalNote.isEmpty()) {
            en.put("note", empiricalNote);
        }
        return root;
    }

    private static void range(ObjectNode n, MonthRange r) {
        n.put("minMonths", r.minMonths());
        n.put("maxMonths", r.maxMonths());
        n.put("life", r.life());
        n.put("death", r.death());
        n.put("text", r.text());
    }

    private static void put(ObjectNode n, String name, OptionalDouble v) {
        if (v.isPresent()) {
            n.put(name, v.getAsDouble());
        } else {
            n.putNull(name);
        }
    }

    private static String months(double m) {
        return BigDecimal.valueOf(m)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String signed(double p) {
        return (p > 0 ? "+" : "") + months(p);
    }

    /** {@code s} padded to {@code width} terminal columns (Chinese characters take two). */
    static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isWide(s.charAt(i)) ? 2 : 1;
        }
        return w >= width ? s : s + " ".repeat(width - w);
    }

    private static boolean isWide(char c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303f')
                || (c >= '\uff00' && c <= '\uffef');
    }
}
