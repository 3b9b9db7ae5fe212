package org.smartcity.court.sentencing;

/** When a circumstance adjusts the base penalty (guideline, part 2 of the basic method). */
public enum Stage {
    /**
     * Applied first and one after the other, each multiplying the result (未成年人, 未遂, 从犯 …): the later
     * circumstances then adjust what these leave.
     */
    FIRST,
    /** Added up with the others of this stage, increases and decreases alike (同向相加、逆向相减). */
    ADDITIVE
}
