package org.smartcity.court.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.TimeSpan;
import org.smartcity.court.extract.PlaceExtractor;
import org.smartcity.court.extract.PlaceMention;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;
import org.smartcity.court.extract.TimeMention;
import org.smartcity.court.frame.AmountRole;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;
import org.smartcity.court.frame.FrameReader;

/**
 * The offence facts each item states: when and where it happened, how much money, drug or alcohol was involved,
 * each with the words it was read from. Values come from an item's {@code facts} when it has them, else from the
 * {@link FactFrame}s of its text that are about the offence itself: clauses about a side event (a later sale, the
 * arrest, the making of a record, the victim's coming home …) and the investigators' questions are not read. In a
 * drug case the sale is the offence. Seizure and return lists state what was found (the spec compares "how much was
 * taken or found"). Amounts of money are read only for charges about property (theft, robbery,
 * fraud); unit prices ({@code 每条430元}) are never amounts, and an item stating a total ({@code 一共860元}) is
 * represented by its totals. Computed once per review.
 */
public final class CaseFacts {
    /**
     * Items whose text may state when the act happened: the records of what people said, and the machine records that
     * log the act as it happened (a camera, the payment of a fraud, the chat in which it was done) with timestamps.
     */
    private static final Set<EvidenceKind> TIME_SOURCES = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.CCTV_VIDEO,
            EvidenceKind.BANK_RECORDS,
            EvidenceKind.CHAT_RECORDS);
    /** Machine records that log events with timestamps (ledgers, chat logs). */
    private static final Set<EvidenceKind> MACHINE_LOGS =
            EnumSet.of(EvidenceKind.BANK_RECORDS, EvidenceKind.CHAT_RECORDS);

    private static final Set<EvidenceKind> PLACE_SOURCES = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.CCTV_VIDEO,
            EvidenceKind.SCENE_INSPECTION,
            EvidenceKind.ARRIVAL_REPORT);
    private static final Set<EvidenceKind> MONEY_SOURCES = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.PRICE_APPRAISAL,
            EvidenceKind.BANK_RECORDS,
            EvidenceKind.SEIZURE_LIST,
            EvidenceKind.RETURN_LIST);
    private static final Set<EvidenceKind> WEIGHT_SOURCES = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.WEIGHING_RECORD,
            EvidenceKind.DRUG_IDENTIFICATION,
            EvidenceKind.SEIZURE_LIST);
    private static final Set<EvidenceKind> ALCOHOL_SOURCES =
            EnumSet.of(EvidenceKind.BLOOD_ALCOHOL_TEST, EvidenceKind.BREATH_TEST, EvidenceKind.ARRIVAL_REPORT);
    /**
     * Lists of what was found: every clause states the found objects (the seizure is their event, not a side
     * event of them), so a weight in any clause is the weight found.
     */
    private static final Set<EvidenceKind> LISTS = EnumSet.of(EvidenceKind.SEIZURE_LIST, EvidenceKind.RETURN_LIST);
    /** Measurements and appraisals: every clause states the measured object, whatever words it uses. */
    private static final Set<EvidenceKind> MEASUREMENTS = EnumSet.of(
            EvidenceKind.PRICE_APPRAISAL,
            EvidenceKind.WEIGHING_RECORD,
            EvidenceKind.DRUG_IDENTIFICATION,
            EvidenceKind.BLOOD_ALCOHOL_TEST,
            EvidenceKind.BREATH_TEST);

    private static final Set<Event> ALL_BUT_QUESTIONS = EnumSet.complementOf(EnumSet.of(Event.QUESTION));
    private static final Set<String> PROPERTY_CHARGES = Set.of("theft", "robbery", "fraud");

    private final ReviewContext ctx;
    private final Set<Event> moneyEvents;
    private final Map<EvidenceItem, List<Stated<TimeMention>>> times = new LinkedHashMap<>();
    private final Map<EvidenceItem, List<Stated<PlaceMention>>> places = new LinkedHashMap<>();
    private final Map<EvidenceItem, List<Stated<Quantity>>> money = new LinkedHashMap<>();
    private OffenceProperty property;
    private final Map<EvidenceItem, List<Stated<Quantity>>> drugWeights = new LinkedHashMap<>();
    private final Map<EvidenceItem, List<Stated<Quantity>>> alcohol = new LinkedHashMap<>();

    CaseFacts(ReviewContext ctx) {
        this.ctx = ctx;
        CaseFile f = ctx.caseFile();
        boolean drugs = ctx.charged("drug-trafficking");
        boolean property = f.charges().stream().anyMatch(PROPERTY_CHARGES::contains);
        Set<Event> offenceEvents = drugs ? EnumSet.of(Event.OFFENCE, Event.SALE) : EnumSet.of(Event.OFFENCE);
        if (!ctx.charged("dangerous-driving")) {
            offenceEvents.add(Event.DRINKING);
        }
        if (!RepeatedEvents.of(f.offence()).isEmpty()) {
            // each act of a repeated offence is charged: an answer's earlier act (上一次) is one of them
            offenceEvents.add(Event.OTHER_ACT);
        }
        // the loss is often told with the discovery or the report (回家发现少了2000元)
        Set<Event> moneyEvents = EnumSet.of(Event.OFFENCE, Event.ROUTINE, Event.DISCOVERY, Event.REPORT);
        if (ctx.charged("fraud")) {
            moneyEvents.addAll(EnumSet.of(Event.SALE, Event.PURCHASE));
        }
        this.moneyEvents = moneyEvents;
        // a fraud is done by the payment: a ledger's or chat log's line of money received or sent (转账收入) logs the
        // act itself, whatever its column is called
        Set<Event> paymentEvents = EnumSet.copyOf(offenceEvents);
        if (ctx.charged("fraud")) {
            paymentEvents.addAll(EnumSet.of(Event.SALE, Event.PURCHASE, Event.INCOME));
        }
        long victims = f.persons().stream()
                .filter(p -> p.is(org.smartcity.court.casefile.PersonRole.VICTIM))
                .count();
        // an offence of several days is a series of deals: a weight dated to one day is one deal's, a part
        Function<String, List<Quantity>> seriesWeights = f.offence()
                .time()
                .filter(t -> t.duration().toHours() >= 24)
                .<Function<String, List<Quantity>>>map(t ->
                        c -> MeasureReading.weightsOfSeries(c, t.endOrStart().toLocalDate()))
                .orElse(MeasureReading::weights);
        for (EvidenceItem e : f.evidence()) {
            EvidenceKind kind = e.kind().orElse(EvidenceKind.OTHER);
            List<FactFrame> frames = ctx.frames(e);
            // a blood alcohol value is a measurement of the offence whatever event its sentence tells (the
            // blood draw, the test after the arrest): read it from every clause but the questions
            List<FactFrame> allFrames = frames;
            if (kind == EvidenceKind.ARRIVAL_REPORT) {
                frames = MeasureReading.offenceSentences(frames);
            }
            boolean measured = MEASUREMENTS.contains(kind);
            Set<Event> moneyFrom = measured ? ALL_BUT_QUESTIONS : moneyEvents;
            Set<Event> weightFrom = measured || LISTS.contains(kind) ? ALL_BUT_QUESTIONS : offenceEvents;
            if (!MACHINE_LOGS.contains(kind)) {
                readTime(e, kind, frames, offenceEvents);
            } else if (ctx.charged("fraud")) {
                readLoggedTimes(e, kind, frames, paymentEvents);
            }
            // drunk driving is caught where it happens: the stop's sentence, with its arrest and tests, tells the
            // offence's place
            boolean stopTellsPlace = kind == EvidenceKind.ARRIVAL_REPORT && ctx.charged("dangerous-driving");
            readPlace(e, kind, stopTellsPlace ? allFrames : frames, offenceEvents);
            if (victimsOwnLoss(e, victims)) {
                // with several victims, each tells his own loss: a part of the offence, not a claim for its whole
            } else if (e.facts().amount_cny().isPresent()) {
                money.put(
                        e,
                        recovered(
                                e,
                                kind,
                                List.of(fromField(e.facts().amount_cny().get(), "amount_cny"))));
            } else if (property
                    && MONEY_SOURCES.contains(kind)
                    && (kind != EvidenceKind.BANK_RECORDS || ctx.charged("fraud"))) {
                putIfAny(
                        money,
                        e,
                        recovered(e, kind, boundedPairs(MoneyReading.read(frames, e.text(), moneyFrom, property()))));
            }
            if (e.facts().drugWeight_g().isPresent()) {
                drugWeights.put(e, List.of(fromField(e.facts().drugWeight_g().get(), "drugWeight_g")));
            } else if (drugs && WEIGHT_SOURCES.contains(kind)) {
                putIfAny(
                        drugWeights,
                        e,
                        MeasureReading.quantities(
                                frames,
                                weightFrom,
                                measured || LISTS.contains(kind) ? MeasureReading::weights : seriesWeights));
            }
            if (e.facts().bloodAlcohol_mg100ml().isPresent()) {
                alcohol.put(
                        e, List.of(fromField(e.facts().bloodAlcohol_mg100ml().get(), "bloodAlcohol_mg100ml")));
            } else if (ALCOHOL_SOURCES.contains(kind)) {
                putIfAny(
                        alcohol,
                        e,
                        MeasureReading.quantities(allFrames, ALL_BUT_QUESTIONS, QuantityExtractor::bloodAlcohol));
            }
        }
        Set<String> physical = new java.util.HashSet<>();
        f.evidence().stream()
                .filter(e ->
                        e.kind().filter(k -> k == EvidenceKind.PHYSICAL_ITEM).isPresent())
                .forEach(e -> physical.add(e.id()));
        dropPartMeasurements(drugWeights, physical);
    }

    /**
     * Items that measure or list physical items ({@code refersTo}) state the weight of those items: when the weighings
     * and identifications measured several physical items between them (two bags, one from the bag and one from the
     * car) and one item measured them all together, one that refers to only some of them states a part, not the
     * whole, and is not compared (a part is not
     * the whole, as one victim's loss of several is not). Items referring to nothing (what people said) stay.
     */
    private static void dropPartMeasurements(Map<EvidenceItem, List<Stated<Quantity>>> weights, Set<String> physical) {
        // the drug objects are the physical items a weighing or an identification measured (a list may also refer to
        // cash or a phone, an identification to the seizure list)
        Set<String> objects = new java.util.HashSet<>();
        weights.keySet().stream()
                .filter(e -> e.kind()
                        .filter(k -> k == EvidenceKind.WEIGHING_RECORD || k == EvidenceKind.DRUG_IDENTIFICATION)
                        .isPresent())
                .forEach(e -> objects.addAll(e.refersTo()));
        objects.retainAll(physical);
        // only a measurement of all of them together makes the others parts of it (two bags weighed together);
        // without one, two items measuring different objects may be one drug told twice, and are compared
        boolean whole = weights.keySet().stream().anyMatch(e -> e.refersTo().containsAll(objects));
        if (objects.size() < 2 || !whole) {
            return;
        }
        weights.keySet().removeIf(e -> {
            Set<String> measured = new java.util.HashSet<>(e.refersTo());
            measured.retainAll(objects);
            return !measured.isEmpty() && measured.size() < objects.size();
        });
    }

    /**
     * A vague value and the bound told right after it in the next clause are one value ({@code 偷了一千多块，不到一千五}
     * is 1,000–1,500): a lower bound followed by an upper bound no smaller than it are joined, so that neither half
     * alone agrees with a value the pair excludes.
     */
    static List<Stated<Quantity>> boundedPairs(List<Stated<Quantity>> read) {
        if (read.size() < 2) {
            return read;
        }
        List<Stated<Quantity>> out = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Quantity a = read.get(i).value();
            if (i + 1 < read.size() && a.low() != null && a.high() == null) {
                Quantity b = read.get(i + 1).value();
                if (b.low() == null && b.high() != null && b.high().compareTo(a.low()) >= 0) {
                    out.add(new Stated<>(
                            new Quantity(a.low(), b.high(), a.start(), a.end()),
                            read.get(i).quote() + "，" + read.get(i + 1).quote()));
                    i++;
                    continue;
                }
            }
            out.add(read.get(i));
        }
        return out;
    }

    /** With several victims, a victim's own statement tells his loss only: a part of the offence. */
    private boolean victimsOwnLoss(EvidenceItem e, long victims) {
        return victims > 1
                && e.category().orElse(null) == org.smartcity.court.casefile.EvidenceCategory.VICTIM_STATEMENT;
    }

    /**
     * What a seizure or return list states is what was recovered: the loss was at least that much (the rest may have
     * been spent), so its amounts of money are lower bounds.
     */
    private static List<Stated<Quantity>> recovered(EvidenceItem e, EvidenceKind kind, List<Stated<Quantity>> read) {
        if (kind != EvidenceKind.SEIZURE_LIST && kind != EvidenceKind.RETURN_LIST) {
            return read;
        }
        List<Stated<Quantity>> out = new ArrayList<>();
        for (Stated<Quantity> s : read) {
            Quantity q = s.value();
            BigDecimal low = q.low() != null ? q.low() : q.high();
            out.add(new Stated<>(new Quantity(low, null, q.start(), q.end()), s.quote()));
        }
        return out;
    }

    private void readTime(EvidenceItem e, EvidenceKind kind, List<FactFrame> frames, Set<Event> events) {
        if (e.facts().time().isPresent()) {
            TimeSpan t = e.facts().time().get();
            times.put(e, List.of(new Stated<>(fromSpan(t), "facts.time " + t.startText())));
        } else if (TIME_SOURCES.contains(kind)) {
            java.time.LocalDate offenceDay = ctx.caseFile()
                    .offence()
                    .time()
                    .map(x -> x.start().toLocalDate())
                    .orElse(null);
            java.time.LocalDate offenceLastDay = ctx.caseFile()
                    .offence()
                    .time()
                    .map(x -> x.endOrStart().toLocalDate())
                    .orElse(null);
            List<Stated<TimeMention>> out = TimeBinding.read(
                    frames, e.text(), recordStart(e), offenceDay, offenceLastDay, events, sceneWithVictim());
            putIfAny(times, e, out);
        }
    }

    /**
     * The times a machine log (ledger, chat log) of a fraud states for the act: only moments logged to the minute. A
     * fraud is done by the chat and the payment, so their logged moments are the act's; a bare date in such a record
     * is the investigator's summary of what followed ({@code 收款后于9月5日将两人拉黑}). Other charges' logs arrange or
     * follow the act (a deal agreed in a chat hours before) and state no time of it.
     */
    private void readLoggedTimes(EvidenceItem e, EvidenceKind kind, List<FactFrame> frames, Set<Event> events) {
        readTime(e, kind, frames, events);
        List<Stated<TimeMention>> read = times.get(e);
        if (read != null && !e.facts().time().isPresent()) {
            List<Stated<TimeMention>> logged = read.stream()
                    .filter(m -> m.value().hasDate() && m.value().hasTime())
                    .toList();
            if (logged.isEmpty()) {
                times.remove(e);
            } else {
                times.put(e, logged);
            }
        }
    }

    /**
     * The offence's place when the victim is present at the act (robbery, injury, pickpocketing), so that where he
     * was at a time dates the act; null otherwise (a burglary's victim is away: his routine brackets the act).
     */
    private PlaceMention sceneWithVictim() {
        boolean present = ctx.charged("robbery")
                || ctx.charged("intentional-injury")
                || ctx.holds(org.smartcity.court.standard.Condition.PICKPOCKETING);
        if (!present) {
            return null;
        }
        return ctx.caseFile().offence().place().map(PlaceExtractor::ofClause).orElse(null);
    }

    private void readPlace(EvidenceItem e, EvidenceKind kind, List<FactFrame> frames, Set<Event> events) {
        if (e.facts().place().isPresent()) {
            PlaceMention p = PlaceExtractor.ofClause(e.facts().place().get());
            if (p.isComparable()) {
                places.put(
                        e,
                        List.of(new Stated<>(
                                p, "facts.place " + e.facts().place().get())));
            }
        } else if (PLACE_SOURCES.contains(kind)) {
            putIfAny(places, e, PlaceReading.read(frames, events));
        }
    }

    private static <V> void putIfAny(Map<EvidenceItem, List<V>> map, EvidenceItem e, List<V> values) {
        if (!values.isEmpty()) {
            map.put(e, values);
        }
    }

    private static Stated<Quantity> fromField(BigDecimal v, String field) {
        return new Stated<>(Quantity.exact(v, 0, 0), "facts." + field + " " + v.toPlainString());
    }

    /** What the offence took, object by object (read once). */
    private OffenceProperty property() {
        if (property == null) {
            property = new OffenceProperty(
                    ctx.caseFile().offence().text(), ctx.caseFile().offence().amount_cny(), moneyEvents);
        }
        return property;
    }

    /** Items stating the time of the offence, with every time they state. */
    Map<EvidenceItem, List<Stated<TimeMention>>> offenceTimes() {
        return times;
    }

    /** Items stating the place of the offence. */
    Map<EvidenceItem, List<Stated<PlaceMention>>> offencePlaces() {
        return places;
    }

    /** Items stating the amount of money (totals, else values with their sum as a further reading). */
    Map<EvidenceItem, List<Stated<Quantity>>> amounts() {
        return money;
    }

    Map<EvidenceItem, List<Stated<Quantity>>> drugWeights() {
        return drugWeights;
    }

    Map<EvidenceItem, List<Stated<Quantity>>> bloodAlcohol() {
        return alcohol;
    }

    /**
     * The amounts of money the offence's own text states besides its {@code amount_cny} (the value of each object
     * taken, the cash), unit prices left out: an item stating one of them agrees with the offence.
     */
    List<BigDecimal> offencePartAmounts() {
        String text = ctx.caseFile().offence().text();
        List<BigDecimal> out = new ArrayList<>();
        for (FactFrame fr : FrameReader.read(text)) {
            if (!moneyEvents.contains(fr.event())) {
                continue;
            }
            for (Quantity q : QuantityExtractor.money(fr.text())) {
                if (q.isExact() && AmountRole.of(fr.text(), q.start(), q.end()) != AmountRole.UNIT) {
                    out.add(q.value());
                }
            }
        }
        out.addAll(property().partValues());
        return out;
    }

    /** The offence's time as a mention, in the offence's own offset. */
    TimeMention offenceTime() {
        return ctx.caseFile().offence().time().map(CaseFacts::fromSpan).orElse(null);
    }

    static TimeMention fromSpan(TimeSpan t) {
        var local = t.start().toLocalDateTime();
        return new TimeMention(local.toLocalDate(), local.getHour() * 60 + local.getMinute(), false, 0, 0);
    }

    private static LocalDateTime recordStart(EvidenceItem e) {
        return e.time().map(t -> t.start().toLocalDateTime()).orElse(null);
    }
}
