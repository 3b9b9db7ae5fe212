/** The database: data source from a JDBC URL (H2 or PostgreSQL), Flyway migrations, serialised transactions. */
package org.smartcity.platform.store;
