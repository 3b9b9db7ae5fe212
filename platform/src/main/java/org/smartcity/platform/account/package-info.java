/** Accounts (bcrypt), server-side sessions with CSRF tokens. Role names are plain strings here. */
package org.smartcity.platform.account;
