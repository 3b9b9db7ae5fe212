package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The persons a file names, built as the readers meet them: one person per ID number, else per name. A person named
 * in several roles keeps the strongest (suspect over victim over the officials over witness), so the holder of a
 * seizure list who is the victim stays the victim. Ids are {@code P1, P2, …} in order of first mention.
 */
public final class PersonRegistry {
    /** A person as read so far. */
    public static final class Entry {
        final String id;
        String role;
        final String name;
        String gender;
        String birthDate;
        String idNumber;
        String organisation;
        String qualification;

        Entry(String id, String role, String name) {
            this.id = id;
            this.role = role;
            this.name = name;
        }

        public String id() {
            return id;
        }

        public String role() {
            return role;
        }

        public String name() {
            return name;
        }
    }

    private static final Map<String, Integer> RANK = Map.of(
            "suspect", 9,
            "victim", 8,
            "expert", 6,
            "investigator", 6,
            "guardian", 5,
            "lawyer", 5,
            "interpreter", 5,
            "witness", 1);
    private static final Pattern NAME =
            Pattern.compile("^(\\p{IsHan}{2,6}|\\p{IsHan}{1,4}·\\p{IsHan}{1,6}|[A-Za-z][A-Za-z .'-]{1,40})$");
    private static final Pattern BRACKETED = Pattern.compile("[(（\\[【][^)）\\]】]*[)）\\]】]");
    private static final Pattern REMARK = Pattern.compile("[(（\\[【].*$");

    private final List<Entry> entries = new ArrayList<>();

    /**
     * The person with this name (and ID number, when known), created with {@code role} when new; a known person's
     * role is raised when {@code role} ranks higher. Returns null when {@code rawName} is not a name.
     */
    public Entry person(String rawName, String idNumber, String role) {
        return person(rawName, idNumber, role, false);
    }

    /**
     * As {@link #person(String, String, String)}; when {@code ocr}, a name of three or more characters that is not
     * known but differs in one character from a known name of the same length is taken as that person (OCR misreads
     * one character of a name far more often than a file names two such people).
     */
    public Entry person(String rawName, String idNumber, String role, boolean ocr) {
        String name = cleanName(rawName);
        if (name == null) {
            return null;
        }
        Entry found = null;
        if (idNumber != null) {
            found = entries.stream()
                    .filter(e -> idNumber.equals(e.idNumber))
                    .findFirst()
                    .orElse(null);
        }
        if (found == null) {
            found = entries.stream()
                    .filter(e -> e.name.equals(name))
                    .findFirst()
                    .orElse(null);
        }
        if (found == null && ocr && name.length() >= 3) {
            found = entries.stream()
                    .filter(e -> oneCharApart(e.name, name))
                    .sorted((a, b) -> Boolean.compare(b.idNumber != null, a.idNumber != null))
                    .findFirst()
                    .orElse(null);
        }
        if (found == null) {
            found = new Entry("P" + (entries.size() + 1), role, name);
            entries.add(found);
        } else if (RANK.getOrDefault(role, 0) > RANK.getOrDefault(found.role, 0)) {
            found.role = role;
        }
        if (idNumber != null && found.idNumber == null) {
            found.idNumber = idNumber;
        }
        return found;
    }

    /** The person with this exact name (or, when {@code ocr}, one character apart), or null. */
    public Entry byName(String rawName, boolean ocr) {
        String name = cleanName(rawName);
        if (name == null) {
            return null;
        }
        Entry e = entries.stream().filter(x -> x.name.equals(name)).findFirst().orElse(null);
        if (e == null && ocr && name.length() >= 3) {
            e = entries.stream()
                    .filter(x -> oneCharApart(x.name, name))
                    .findFirst()
                    .orElse(null);
        }
        return e;
    }

    /**
     * The one candidate whose name an OCR reading could be: for a two-character name, the candidate of two characters
     * that shares one of them in the same place; for longer names, the candidate one edit (a character changed, lost
     * or added) away. Null when none or several fit — two people of a document are never merged on a guess.
     */
    public static Entry closest(String rawName, List<Entry> candidates) {
        String name = cleanName(rawName);
        if (name == null) {
            return null;
        }
        Entry found = null;
        for (Entry c : candidates) {
            boolean fits = name.length() == 2
                    ? c.name.length() == 2 && oneCharApart(c.name, name)
                    : oneEditApart(c.name, name);
            if (fits) {
                if (found != null && found != c) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** True when one character changed, lost or added turns {@code a} into {@code b} (and they differ). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < 2) {
            return false;
        }
        if (a.length() == b.length()) {
            return oneCharApart(a, b);
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneCharApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff == 1;
    }

    /** The known person whose name occurs in the text (longest name first), or null. */
    public Entry mentionedIn(String text) {
        Entry best = null;
        for (Entry e : entries) {
            if (text.contains(e.name) && (best == null || e.name.length() > best.name.length())) {
                best = e;
            }
        }
        return best;
    }

    /** Sets the details a header prints, keeping what is known. */
    public void details(Entry e, String gender, String birthDate, String idNumber) {
        if (gender != null && e.gender == null) {
            e.gender = gender;
        }
        if (birthDate != null && e.birthDate == null) {
            e.birthDate = birthDate;
        }
        if (idNumber != null && e.idNumber == null) {
            e.idNumber = idNumber;
        }
    }

    public void organisation(Entry e, String organisation) {
        if (organisation != null && !organisation.isBlank() && e.organisation == null) {
            e.organisation = organisation;
        }
    }

    public void qualification(Entry e, String qualification) {
        if (qualification != null && !qualification.isBlank() && e.qualification == null) {
            e.qualification = qualification;
        }
    }

    public List<Entry> all() {
        return List.copyOf(entries);
    }

    /** The persons as case-file JSON. */
    public ArrayNode toJson() {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Entry e : entries) {
            ObjectNode o = a.addObject();
            o.put("id", e.id).put("role", e.role).put("name", e.name);
            putIf(o, "gender", e.gender);
            putIf(o, "birthDate", e.birthDate);
            putIf(o, "idNumber", e.idNumber);
            putIf(o, "organisation", e.organisation);
            putIf(o, "qualification", e.qualification);
        }
        return a;
    }

    /** A name without remarks in brackets, trailing punctuation or spaces; null when what is left is not a name. */
    public static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = REMARK.matcher(WidthFolding.fold(raw)).replaceAll("").trim();
        s = s.replaceAll("[_\\s。，,.;；:\"'“”‘’|]+$", "").replaceAll("^[_\\s\"'“”‘’|]+", "");
        return NAME.matcher(s).matches() ? s : null;
    }

    /** The names in a list value ({@code 林巧玲、郑凯}, {@code 林巧玲 郑凯}, {@code 林巧玲,郑凯}). */
    public static List<String> names(String value) {
        List<String> out = new ArrayList<>();
        for (String part :
                BRACKETED.matcher(WidthFolding.fold(value)).replaceAll("").split("[、,，;；/\\s]+")) {
            String n = cleanName(part);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static void putIf(ObjectNode o, String k, String v) {
        if (v != null) {
            o.put(k, v);
        }
    }
}
