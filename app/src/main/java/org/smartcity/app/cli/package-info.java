/**
 * What every command, benchmark and web feature shares, below all of them: {@link org.smartcity.app.cli.UserError}
 * (a one-line error without a stack trace) and {@link org.smartcity.app.cli.Jars} (where the running program's jar
 * is). The entry point {@code SmartcityCli} stays in the root package, above every feature.
 */
package org.smartcity.app.cli;
