package org.smartcity.court.frame;

import java.util.Locale;

/**
 * What a clause of an item is about: the offence itself, or a side event whose times, places and amounts the
 * specification does not compare (a later sale, the arrest, the making of a record …). The cue words of each are
 * data ({@code facts/events.txt}).
 */
public enum Event {
    /** The act charged: when and where it happened, what and how much was taken or found. */
    OFFENCE,
    /** Birth dates, addresses, schooling: facts about a person. */
    PERSONAL,
    /**
     * What happened years before the act ({@code 两年前买的}, {@code 前年被拘留过}): an object's or a person's history,
     * like a date more than a year before the offence.
     */
    HISTORY,
    /** The making of a record, taking of samples. */
    RECORD,
    /** Arrest, summons, surrender, detention. */
    ARREST,
    /** Reporting the offence to the police. */
    REPORT,
    /** Cash withdrawn or moved on after the act. */
    WITHDRAWAL,
    /** Where property was later hidden, found or recovered. */
    FOUND,
    /** A later sale of the goods. */
    SALE,
    /** The original purchase of the goods. */
    PURCHASE,
    /** An offender's share of the proceeds or pay for his part (提成, 好处, 分赃): not the amount taken. */
    SHARE,
    /** Wages, rent, debts and their repayment. */
    INCOME,
    /** Compensation, refunds, fines. */
    COMPENSATION,
    /** Money a person happened to carry. */
    CARRIED,
    /** Medical treatment after the act. */
    MEDICAL,
    /** A person's daily routine around the act: leaving, coming home, closing the shop. */
    ROUTINE,
    /** Discovering the loss. */
    DISCOVERY,
    /** Drinking before the act: a side event of dangerous driving, the scene of many fights. */
    DRINKING,
    /** Another act than the one charged, which an answer counts or recalls ({@code 上一次是5月11日}). */
    OTHER_ACT,
    /** Boasts and hearsay: what someone claimed, not what was measured. */
    HEARSAY,
    /** An investigator's question: states nothing. */
    QUESTION;

    /** The event of a code in the data file, e.g. {@code sale}. */
    static Event ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
