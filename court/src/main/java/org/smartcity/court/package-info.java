/**
 * Smart court: case files, evidence standards as data, evidence checks, text extraction, search and
 * sentencing. No web and no storage dependency; the {@code app} module wires it to the server.
 */
package org.smartcity.court;
