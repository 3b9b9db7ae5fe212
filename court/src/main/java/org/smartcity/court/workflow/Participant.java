package org.smartcity.court.workflow;

/** Who takes part in a case: the three organs of the criminal process and the administrator. */
public enum Participant {
    POLICE,
    PROSECUTOR,
    JUDGE,
    ADMIN
}
