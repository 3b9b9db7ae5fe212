/** Versioned, audited storage of case documents, reviews, finding decisions, stage changes, evidence openings. */
package org.smartcity.platform.casestore;
