/**
 * {@code smartcity serve} and the options it shares with {@code demo}: opens the platform and wires the court
 * workspace and the traffic dashboard as {@link org.smartcity.app.web.WebFeature}s onto one
 * {@link org.smartcity.app.web.WebServer}. Above the web features; {@code app.web} itself is the server base they all
 * build on.
 */
package org.smartcity.app.serve;
