package org.fazhi.shared;

/**
 * Loads a module's demo records. Seeders run only in the {@code demo} profile and only when the database is
 * empty, in ascending {@link #order()}, so a restart never writes over what users saved.
 */
public interface DemoSeeder {

	int order();

	void seed();
}
