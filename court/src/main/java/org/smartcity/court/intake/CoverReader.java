package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cover: each line that starts with a cover label ({@code cover.*} in the vocabularies), with or without a
 * colon after it, gives that field. Longest label first, so {@code 犯罪嫌疑人} is not read as {@code 嫌疑人}.
 */
public final class CoverReader {
    /** A cover field's value and the line it was on. */
    public record Value(String text, IntakeLine line) {}

    private final Labels labels;

    public CoverReader(Labels labels) {
        this.labels = labels;
    }

    /** Field name (caseId, title, charges, suspects, victims, registeredAt, stage, agency) → value. */
    public Map<String, Value> read(List<IntakeLine> lines) {
        Map<String, List<String>> groups = labels.groups("cover");
        List<Map.Entry<String, String>> byLength = new ArrayList<>();
        groups.forEach((field, ls) -> ls.forEach(l -> byLength.add(Map.entry(l, field))));
        byLength.sort((a, b) -> b.getKey().length() - a.getKey().length());
        Map<String, Value> out = new LinkedHashMap<>();
        for (IntakeLine line : lines) {
            for (Map.Entry<String, String> e : byLength) {
                String v = afterLabel(line.text(), e.getKey(), line.confidence() < 1.0);
                if (v != null) {
                    if (!v.isEmpty()) {
                        out.putIfAbsent(e.getValue(), new Value(v, line));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The value after a label at the start of the line (spaces inside the label allowed; the label compared after
     * width folding), in the line's own widths, or null. On an OCR line ({@code ocr}) the gap between label and value
     * may have been lost, so the label need not be followed by a space or colon there.
     */
    static String afterLabel(String raw, String label, boolean ocr) {
        int i = 0;
        int k = 0;
        while (i < raw.length() && k < label.length()) {
            String c = WidthFolding.fold(String.valueOf(raw.charAt(i)));
            if (c.isEmpty() || c.equals(" ")) {
                i++;
                continue;
            }
            if (c.charAt(0) != label.charAt(k)) {
                return null;
            }
            i++;
            k++;
        }
        if (k < label.length()) {
            return null;
        }
        String rest = raw.substring(i);
        String first = rest.isEmpty() ? "" : WidthFolding.fold(rest.substring(0, 1));
        if (!rest.isEmpty() && !(first.isEmpty() || first.equals(" ") || first.equals(":")) && !ocr) {
            return null;
        }
        return rest.replaceFirst("^[\\s:：\u3000]+", "").strip();
    }
}
