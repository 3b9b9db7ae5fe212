package org.smartcity.court.sentencing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a sentencing rules file (format {@value #FORMAT}) strictly: unknown keys, missing fields, wrong types, bad
 * patterns, ranges the wrong way round, a starting point outside its ranges, tiers out of order and unknown ids are
 * refused with a {@link SentencingRulesException} naming the file, the JSON path and the reason, e.g. {@code
 * rules.json: at $.charges[0].tiers[1].startMonths: 130 is outside the statutory range 36–120}. Stateless.
 */
public final class SentencingRulesReader {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "smartcity-sentencing-rules";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a rules file. */
    public SentencingRules read(Path file) throws SentencingRulesException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SentencingRulesException(file + ": cannot read: " + e.getMessage());
        }
        return read(file.toString(), bytes);
    }

    /** Reads a rules file from the class path. */
    public SentencingRules readResource(String resource) throws SentencingRulesException {
        try (InputStream in = SentencingRulesReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SentencingRulesException(resource + ": no such resource");
            }
            return read(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new SentencingRulesException(resource + ": cannot read: " + e.getMessage());
        }
    }

    /** Reads rules from bytes; {@code origin} names them in messages. */
    public SentencingRules read(String origin, byte[] bytes) throws SentencingRulesException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new SentencingRulesException(origin + ": not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new SentencingRulesException(origin + ": cannot read: " + e.getMessage());
        }
        return new Parse(origin).rules(new At(root, "$"));
    }

    /** A JSON node and its path. */
    private record At(JsonNode node, String path) {
        At field(String name) {
            return new At(node.get(name), path + "." + name);
        }

        At index(int i) {
            return new At(node.get(i), path + "[" + i + "]");
        }

        boolean has(String name) {
            return node.has(name) && !node.get(name).isNull();
        }
    }

    private static final class Parse {
        private final String origin;

        Parse(String origin) {
            this.origin = origin;
        }

        private SentencingRulesException error(At at, String reason) {
            return new SentencingRulesException(origin + ": at " + at.path() + ": " + reason);
        }

        private void keys(At at, List<String> required, Set<String> optional) throws SentencingRulesException {
            if (at.node() == null || !at.node().isObject()) {
                throw error(at, "expected an object");
            }
            Iterator<String> names = at.node().fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!required.contains(n) && !optional.contains(n)) {
                    throw error(at.field(n), "unknown key '" + n + "'");
                }
            }
            for (String r : required) {
                if (!at.has(r)) {
                    throw error(at.field(r), "missing");
                }
            }
        }

        private String text(At at) throws SentencingRulesException {
            if (at.node() == null
                    || !at.node().isTextual()
                    || at.node().asText().isBlank()) {
                throw error(at, "expected a non-empty text");
            }
            return at.node().asText();
        }

        private double number(At at) throws SentencingRulesException {
            if (at.node() == null || !at.node().isNumber()) {
                throw error(at, "expected a number");
            }
            double v = at.node().asDouble();
            if (!Double.isFinite(v)) {
                throw error(at, "expected a finite number");
            }
            return v;
        }

        private double nonNegative(At at) throws SentencingRulesException {
            double v = number(at);
            if (v < 0) {
                throw error(at, Months.format(v) + " is negative");
            }
            return v;
        }

        private boolean bool(At at) throws SentencingRulesException {
            if (at.node() == null || !at.node().isBoolean()) {
                throw error(at, "expected true or false");
            }
            return at.node().asBoolean();
        }

        private List<At> array(At at, boolean allowEmpty) throws SentencingRulesException {
            if (at.node() == null || !at.node().isArray()) {
                throw error(at, "expected an array");
            }
            if (!allowEmpty && at.node().isEmpty()) {
                throw error(at, "expected at least one entry");
            }
            List<At> out = new ArrayList<>();
            for (int i = 0; i < at.node().size(); i++) {
                out.add(at.index(i));
            }
            return out;
        }

        private List<String> texts(At at, boolean allowEmpty) throws SentencingRulesException {
            List<String> out = new ArrayList<>();
            for (At a : array(at, allowEmpty)) {
                out.add(text(a));
            }
            return out;
        }

        private List<Pattern> patterns(At at, boolean allowEmpty) throws SentencingRulesException {
            List<Pattern> out = new ArrayList<>();
            for (At a : array(at, allowEmpty)) {
                String p = text(a);
                try {
                    out.add(Pattern.compile(p));
                } catch (PatternSyntaxException e) {
                    throw error(a, "not a valid pattern: " + e.getDescription());
                }
            }
            return out;
        }

        SentencingRules rules(At root) throws SentencingRulesException {
            keys(root, List.of("format", "version", "source", "charges", "circumstances"), Set.of("jurisdiction"));
            String format = text(root.field("format"));
            if (!format.equals(FORMAT)) {
                throw error(root.field("format"), "expected '" + FORMAT + "', found '" + format + "'");
            }
            String version = text(root.field("version"));
            String source = text(root.field("source"));
            String jurisdiction = root.has("jurisdiction") ? text(root.field("jurisdiction")) : "";
            List<ChargeRule> charges = new ArrayList<>();
            Set<String> chargeIds = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (At c : array(root.field("charges"), false)) {
                ChargeRule rule = charge(c);
                if (!chargeIds.add(rule.id())) {
                    throw error(c.field("id"), "duplicate charge id '" + rule.id() + "'");
                }
                for (String n : rule.names()) {
                    if (!names.add(n)) {
                        throw error(c.field("names"), "the name '" + n + "' is given to two charges");
                    }
                }
                charges.add(rule);
            }
            List<CircumstanceRule> circumstances = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            List<At> circumstanceNodes = array(root.field("circumstances"), false);
            for (At c : circumstanceNodes) {
                CircumstanceRule rule = circumstance(c, chargeIds);
                if (!ids.add(rule.id())) {
                    throw error(c.field("id"), "duplicate circumstance id '" + rule.id() + "'");
                }
                circumstances.add(rule);
            }
            for (int i = 0; i < circumstances.size(); i++) {
                CircumstanceRule r = circumstances.get(i);
                At at = circumstanceNodes.get(i);
                for (String x : r.excludedBy()) {
                    if (!ids.contains(x)) {
                        throw error(at.field("excludedBy"), "unknown circumstance '" + x + "'");
                    }
                }
                if (r.cap().isPresent()) {
                    for (String x : r.cap().get().with()) {
                        if (!ids.contains(x)) {
                            throw error(at.field("cap").field("with"), "unknown circumstance '" + x + "'");
                        }
                    }
                }
            }
            return new SentencingRules(version, jurisdiction, source, origin, charges, circumstances);
        }

        private ChargeRule charge(At at) throws SentencingRulesException {
            keys(at, List.of("id", "names", "article", "measure", "tiers", "source"), Set.of("detect", "drugs"));
            String id = text(at.field("id"));
            List<String> names = texts(at.field("names"), false);
            String article = text(at.field("article"));
            String m = text(at.field("measure"));
            Measure measure = Measure.ofJsonName(m)
                    .orElseThrow(() -> error(
                            at.field("measure"),
                            "unknown measure '" + m + "' (known: amount_cny, drug_g, blood_alcohol, none)"));
            List<Pattern> detect = at.has("detect") ? patterns(at.field("detect"), true) : List.of();
            List<DrugKind> drugs = new ArrayList<>();
            if (at.has("drugs")) {
                if (measure != Measure.DRUG_G) {
                    throw error(at.field("drugs"), "drug kinds are only for the measure drug_g");
                }
                for (At d : array(at.field("drugs"), false)) {
                    keys(d, List.of("name", "patterns", "heroinEquivalent"), Set.of());
                    double eq = number(d.field("heroinEquivalent"));
                    if (!(eq > 0)) {
                        throw error(d.field("heroinEquivalent"), "must be greater than 0");
                    }
                    drugs.add(new DrugKind(text(d.field("name")), patterns(d.field("patterns"), false), eq));
                }
            } else if (measure == Measure.DRUG_G) {
                throw error(at.field("drugs"), "missing (the measure drug_g needs the drug kinds)");
            }
            List<Tier> tiers = new ArrayList<>();
            Set<String> tierIds = new HashSet<>();
            double lastAtLeast = Double.NEGATIVE_INFINITY;
            for (At t : array(at.field("tiers"), false)) {
                Tier tier = tier(t, measure);
                if (!tierIds.add(tier.id())) {
                    throw error(t.field("id"), "duplicate tier id '" + tier.id() + "'");
                }
                if (tier.atLeast().isPresent()) {
                    double v = tier.atLeast().getAsDouble();
                    if (v <= lastAtLeast) {
                        throw error(
                                t.field("when").field("atLeast"),
                                Months.format(v) + " is not above the previous tier's " + Months.format(lastAtLeast)
                                        + " (tiers go from the least to the most serious)");
                    }
                    lastAtLeast = v;
                }
                tiers.add(tier);
            }
            return new ChargeRule(id, names, article, measure, detect, drugs, tiers, text(at.field("source")));
        }

        private MonthRange range(At at, boolean lifeAndDeath) throws SentencingRulesException {
            keys(
                    at,
                    List.of("minMonths", "maxMonths"),
                    lifeAndDeath ? Set.of("life", "death", "text") : Set.of("text"));
            double min = nonNegative(at.field("minMonths"));
            double max = nonNegative(at.field("maxMonths"));
            if (max < min) {
                throw error(at.field("maxMonths"), Months.format(max) + " is below minMonths " + Months.format(min));
            }
            boolean life = at.has("life") && bool(at.field("life"));
            boolean death = at.has("death") && bool(at.field("death"));
            return new MonthRange(min, max, life, death, at.has("text") ? text(at.field("text")) : "");
        }

        private Tier tier(At at, Measure measure) throws SentencingRulesException {
            keys(
                    at,
                    List.of("id", "label", "when", "statutory", "mitigatedFloorMonths", "source"),
                    Set.of("startingRange", "startMonths", "increment"));
            At when = at.field("when");
            keys(when, List.of(), Set.of("atLeast", "keywords", "always"));
            OptionalDouble atLeast = OptionalDouble.empty();
            if (when.has("atLeast")) {
                if (measure == Measure.NONE) {
                    throw error(when.field("atLeast"), "the charge's measure is none: a tier cannot need a quantity");
                }
                atLeast = OptionalDouble.of(nonNegative(when.field("atLeast")));
            }
            List<Pattern> keywords = when.has("keywords") ? patterns(when.field("keywords"), false) : List.of();
            boolean always = when.has("always") && bool(when.field("always"));
            if (atLeast.isEmpty() && keywords.isEmpty() && !always) {
                throw error(when, "needs atLeast, keywords or always: true");
            }
            MonthRange statutory = range(at.field("statutory"), true);
            double floor = nonNegative(at.field("mitigatedFloorMonths"));
            if (floor > statutory.minMonths()) {
                throw error(
                        at.field("mitigatedFloorMonths"),
                        Months.format(floor) + " is above the statutory minimum "
                                + Months.format(statutory.minMonths()));
            }
            Optional<MonthRange> startingRange = Optional.empty();
            OptionalDouble start = OptionalDouble.empty();
            if (at.has("startingRange") != at.has("startMonths")) {
                throw error(
                        at.has("startingRange") ? at.field("startMonths") : at.field("startingRange"),
                        "missing (startingRange and startMonths go together)");
            }
            if (at.has("startingRange")) {
                MonthRange sr = range(at.field("startingRange"), false);
                if (sr.minMonths() < statutory.minMonths() || sr.maxMonths() > statutory.maxMonths()) {
                    throw error(
                            at.field("startingRange"),
                            "outside the statutory range " + Months.format(statutory.minMonths()) + "–"
                                    + Months.format(statutory.maxMonths()));
                }
                double s = nonNegative(at.field("startMonths"));
                if (!sr.contains(s)) {
                    throw error(
                            at.field("startMonths"),
                            Months.format(s) + " is outside the starting range " + Months.format(sr.minMonths()) + "–"
                                    + Months.format(sr.maxMonths()));
                }
                startingRange = Optional.of(sr);
                start = OptionalDouble.of(s);
            }
            Optional<Increment> increment = Optional.empty();
            if (at.has("increment")) {
                At inc = at.field("increment");
                if (measure == Measure.NONE) {
                    throw error(inc, "the charge's measure is none: there is nothing to count increments in");
                }
                if (start.isEmpty()) {
                    throw error(inc, "an increment needs a starting point (startMonths)");
                }
                keys(inc, List.of("from", "every", "months"), Set.of());
                double every = number(inc.field("every"));
                if (!(every > 0)) {
                    throw error(inc.field("every"), "must be greater than 0");
                }
                increment = Optional.of(
                        new Increment(nonNegative(inc.field("from")), every, nonNegative(inc.field("months"))));
            }
            return new Tier(
                    text(at.field("id")),
                    text(at.field("label")),
                    atLeast,
                    keywords,
                    always,
                    statutory,
                    floor,
                    startingRange,
                    start,
                    increment,
                    text(at.field("source")));
        }

        private CircumstanceRule circumstance(At at, Set<String> chargeIds) throws SentencingRulesException {
            keys(
                    at,
                    List.of("id", "name", "stage", "percent", "patterns", "source"),
                    Set.of("minMonths", "belowMinimum", "age", "excludedBy", "charges", "cap"));
            String stageText = text(at.field("stage"));
            Stage stage = switch (stageText) {
                case "first" -> Stage.FIRST;
                case "additive" -> Stage.ADDITIVE;
                default -> throw error(at.field("stage"), "unknown stage '" + stageText + "' (known: first, additive)");
            };
            At pct = at.field("percent");
            keys(pct, List.of("min", "max", "applied"), Set.of());
            double min = number(pct.field("min"));
            double max = number(pct.field("max"));
            double applied = number(pct.field("applied"));
            if (max < min) {
                throw error(pct.field("max"), Months.format(max) + " is below min " + Months.format(min));
            }
            if (min < -100) {
                throw error(pct.field("min"), Months.format(min) + " would take away more than the whole penalty");
            }
            if (applied < min || applied > max) {
                throw error(
                        pct.field("applied"),
                        Months.format(applied) + " is outside the range " + Months.format(min) + "–"
                                + Months.format(max));
            }
            OptionalDouble minMonths = at.has("minMonths")
                    ? OptionalDouble.of(nonNegative(at.field("minMonths")))
                    : OptionalDouble.empty();
            OptionalInt ageAtLeast = OptionalInt.empty();
            OptionalInt ageBelow = OptionalInt.empty();
            if (at.has("age")) {
                At age = at.field("age");
                keys(age, List.of("atLeast", "below"), Set.of());
                int lo = (int) nonNegative(age.field("atLeast"));
                int hi = (int) nonNegative(age.field("below"));
                if (hi <= lo) {
                    throw error(age.field("below"), hi + " is not above atLeast " + lo);
                }
                ageAtLeast = OptionalInt.of(lo);
                ageBelow = OptionalInt.of(hi);
            }
            List<String> charges = at.has("charges") ? texts(at.field("charges"), false) : List.of();
            for (String c : charges) {
                if (!chargeIds.contains(c)) {
                    throw error(at.field("charges"), "unknown charge '" + c + "'");
                }
            }
            Optional<CircumstanceRule.Cap> cap = Optional.empty();
            if (at.has("cap")) {
                At c = at.field("cap");
                keys(c, List.of("totalPercent", "with"), Set.of());
                cap = Optional.of(
                        new CircumstanceRule.Cap(number(c.field("totalPercent")), texts(c.field("with"), false)));
            }
            return new CircumstanceRule(
                    text(at.field("id")),
                    text(at.field("name")),
                    stage,
                    min,
                    max,
                    applied,
                    minMonths,
                    at.has("belowMinimum") && bool(at.field("belowMinimum")),
                    ageAtLeast,
                    ageBelow,
                    patterns(at.field("patterns"), false),
                    at.has("excludedBy") ? texts(at.field("excludedBy"), true) : List.of(),
                    Set.copyOf(charges),
                    cap,
                    text(at.field("source")));
        }
    }
}
