package org.smartcity.app.web;

/** What a signed-in person may do. Court roles follow the case's stage; the operator steers the traffic twin. */
public enum Role {
    POLICE,
    PROSECUTOR,
    JUDGE,
    ADMIN,
    TRAFFIC_OPERATOR
}
