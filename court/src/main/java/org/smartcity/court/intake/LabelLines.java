package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the lines of any layout into the {@code label：value} shape the readers expect, before segmentation:
 *
 * <ul>
 *   <li>table rules read as characters ({@code │ ┃}, and {@code |} on text layers) become gaps;
 *   <li>a label typed with spaces between its characters ({@code 时  间：}) is closed up;
 *   <li>in a line that starts with a known label, a known label standing alone between gaps gets its colon — a table
 *       row {@code 讯问时间  2024年3月9日  讯问地点  …} or a blank signature cell {@code 被讯问人签名} reads like a form
 *       line;
 *   <li>a time or date label glued to its value ({@code 讯问时间2024年…}) is cut before the value;
 *   <li>a gap is put back before a known label glued to the text before it ({@code 被询问人:周婷性别:女}).
 * </ul>
 *
 * Only known labels (the header, cover, facts and evidence-id vocabularies, and signature labels made of a role and a
 * signing word) are touched, so body text is left as it is.
 */
final class LabelLines {
    private static final Pattern SPACED_LABEL = Pattern.compile("(?<=^|\\s)(\\p{IsHan}(?: \\p{IsHan}){1,6}) ?:");
    private static final Pattern SPACED_RUN = Pattern.compile("(?<=^|\\s)(\\p{IsHan}(?: \\p{IsHan}){1,6})(?=\\s|$)");

    private final Set<String> known = new HashSet<>();
    private final List<String> timeLabels = new ArrayList<>();
    private final List<String> longestFirst;
    private final List<String> tableColumns;
    private final Set<String> signatureRoles = new HashSet<>();
    private final List<String> suffixes;
    private final List<String> labelEndings = new ArrayList<>();

    LabelLines(Labels labels) {
        for (Map.Entry<String, List<String>> g : labels.groups("header").entrySet()) {
            if (!g.getKey().equals("presentRoles")) {
                known.addAll(g.getValue());
            }
        }
        labels.groups("header.presentRoles").values().forEach(known::addAll);
        labels.groups("cover").values().forEach(known::addAll);
        for (Map.Entry<String, List<String>> g : labels.groups("facts").entrySet()) {
            if (!g.getKey().equals("itemsTable") && !g.getKey().equals("items")) {
                known.addAll(g.getValue());
            }
        }
        known.addAll(labels.list("sections.evidenceId"));
        labels.groups("offence").values().forEach(known::addAll);
        known.addAll(labels.list("header.other"));
        Set<String> roles = new HashSet<>();
        for (String g : List.of("investigators", "recorder", "subject", "experts")) {
            roles.addAll(labels.list("header." + g));
        }
        labels.groups("header.presentRoles").values().forEach(roles::addAll);
        roles.addAll(labels.list("signature.roles"));
        Set<String> signatures = new HashSet<>();
        for (String r : roles) {
            for (String s : labels.list("signature.suffixes")) {
                signatures.add(r + s);
                signatures.add(r + "(" + s + ")");
            }
        }
        known.addAll(signatures);
        signatureRoles.addAll(roles);
        suffixes = labels.list("signature.suffixes");
        labels.groups("headerLabelEndings").values().forEach(labelEndings::addAll);
        tableColumns = labels.list("facts.itemsTable");
        timeLabels.addAll(labels.list("header.time"));
        timeLabels.addAll(labels.list("cover.registeredAt"));
        timeLabels.addAll(labels.list("header.birthDate"));
        timeLabels.sort((a, b) -> b.length() - a.length());
        List<String> inline = new ArrayList<>(known);
        inline.removeAll(signatures);
        inline.removeAll(List.of("编号", "名称", "结论", "价值", "重量", "净重"));
        inline.sort((a, b) -> b.length() - a.length());
        this.longestFirst = inline;
    }

    /** The pages with their lines normalised (lines that need nothing are kept as they are). */
    List<PageText> apply(List<PageText> pages) {
        List<PageText> out = new ArrayList<>(pages.size());
        for (PageText p : pages) {
            List<IntakeLine> lines = new ArrayList<>(p.lines().size());
            for (IntakeLine l : p.lines()) {
                String f = line(l.folded(), !p.ocr());
                lines.add(f.equals(l.folded()) ? l : new IntakeLine(l.text(), f, l.page(), l.confidence()));
            }
            out.add(new PageText(p.page(), lines, p.ocr(), p.seconds(), p.file(), p.filePage()));
        }
        return out;
    }

    /** One folded line normalised. */
    String line(String folded, boolean textLayer) {
        String s = folded.replace('│', ' ').replace('┃', ' ');
        if (textLayer) {
            s = s.replace('|', ' ');
        }
        s = WidthFolding.fold(s);
        s = closeSpacedLabels(s);
        s = colonsAfterBareLabels(s);
        s = cutGluedTimeLabel(s);
        s = OcrRepair.spaceBeforeLabels(s, longestFirst);
        return s;
    }

    private String closeSpacedLabels(String s) {
        Matcher m = SPACED_LABEL.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1).replace(" ", "") + ":"));
        }
        m.appendTail(b);
        m = SPACED_RUN.matcher(b.toString());
        StringBuilder c = new StringBuilder();
        while (m.find()) {
            String closed = m.group(1).replace(" ", "");
            m.appendReplacement(c, Matcher.quoteReplacement(known.contains(closed) ? closed : m.group(1)));
        }
        m.appendTail(c);
        return c.toString();
    }

    private String colonsAfterBareLabels(String s) {
        String[] tokens = s.split(" ");
        boolean endingLabel = tokens.length > 1 && isEndingLabel(tokens[0]);
        if (tokens.length == 0 || !(isKnown(tokens[0]) || endingLabel) || isTableHeader(tokens)) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(tokens[i]);
            boolean nextIsColon = i + 1 < tokens.length && tokens[i + 1].startsWith(":");
            if ((isKnown(tokens[i]) || i == 0 && endingLabel) && !nextIsColon) {
                b.append(':');
            }
        }
        return b.toString();
    }

    /**
     * A first word that no list names but that ends like a header label ({@code 主办单位}, {@code 鉴定机构地址}): Chinese
     * characters only, at least one more than its ending and at most {@link HeaderReader#MAX_ENDING_LABEL}.
     */
    private boolean isEndingLabel(String token) {
        if (token.length() > HeaderReader.MAX_ENDING_LABEL || !token.matches("\\p{IsHan}+")) {
            return false;
        }
        return labelEndings.stream().anyMatch(e -> token.length() > e.length() && token.endsWith(e));
    }

    /** A known label, or a signature label of a known role in any of the layouts {@link SignatureLine} reads. */
    private boolean isKnown(String token) {
        if (known.contains(token)) {
            return true;
        }
        String role = SignatureLine.role(token, suffixes);
        return role != null && signatureRoles.contains(role);
    }

    /** The header row of an item table ({@code 编号 扣押物品名称 数量}): its words are columns, not labels. */
    private boolean isTableHeader(String[] tokens) {
        boolean column = false;
        boolean quantity = false;
        for (String t : tokens) {
            column |= tableColumns.contains(t);
            quantity |= t.startsWith("数量");
        }
        return column && quantity;
    }

    private String cutGluedTimeLabel(String s) {
        for (String l : timeLabels) {
            if (s.startsWith(l) && s.length() > l.length()) {
                char c = s.charAt(l.length());
                if (Character.isDigit(c) || "〇零一二".indexOf(c) >= 0) {
                    return l + ":" + s.substring(l.length());
                }
                return s;
            }
        }
        return s;
    }
}
