package org.smartcity.court.extract;

/** What a suspect's answers in one interrogation amount to. */
public enum Stance {
    /** Admits the act (认罪, 是我偷的, 我拿了一部手机 …) and denies nothing. */
    CONFESSION,
    /** Denies the act or retracts (不认罪, 我没有偷, 之前说的不是真的 …) and admits nothing. */
    DENIAL,
    /** Both admissions and denials: a partial confession, not counted either way. */
    MIXED,
    /** Neither. */
    NONE
}
