package org.fazhi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test setup every integration test shares, so the context is built once per JVM: the whole
 * application on a real port (browser and raw-HTTP tests need it) with MockMvc as well, demo data, H2 in memory
 * or PostgreSQL with {@code -Ppostgres}. The database is shared by all tests: create uniquely named records
 * ({@link TestAccounts}), never assume an empty database, and restore whatever you tamper with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(TestTrackingSource.class)
public @interface FazhiTest {
}
