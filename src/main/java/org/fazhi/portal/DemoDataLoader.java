package org.fazhi.portal;

import java.util.Comparator;
import java.util.List;

import org.fazhi.identity.IdentityService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads every module's demo records into an empty database (demo profile only). A database that already holds
 * an org or an account is left alone, so a restart keeps what users saved.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

	private final List<DemoSeeder> seeders;

	private final OrganizationService organization;

	private final IdentityService identity;

	DemoDataLoader(List<DemoSeeder> seeders, OrganizationService organization, IdentityService identity) {
		this.seeders = seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).toList();
		this.organization = organization;
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!organization.towns().isEmpty() || identity.anyAccount()) {
			LOG.info("Database already holds data; demo data not loaded");
			return;
		}
		for (DemoSeeder seeder : seeders) {
			long start = System.nanoTime();
			seeder.seed();
			LOG.info("Demo data {} loaded in {} ms", seeder.getClass().getSimpleName(),
					(System.nanoTime() - start) / 1_000_000);
		}
	}
}
