/** The case workflow's pure rules: stages, participants, actions, who may do what when. No storage here. */
package org.smartcity.court.workflow;
