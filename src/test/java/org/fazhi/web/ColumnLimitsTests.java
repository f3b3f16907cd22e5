package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.support.Staffs;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every text and decimal column that an entity writes has its limit declared on the entity field ({@code @Size}
 * for varchar, {@code @Digits} for numeric), so input that does not fit is refused with a Chinese message by bean
 * validation (WebErrors) instead of surfacing as a database error. Reads the live schema's JDBC metadata, so a
 * new migration column without a matching declaration fails here.
 */
@FazhiTest
class ColumnLimitsTests {

	/**
	 * Tables no form or API writes: infrastructure, or rows written with JDBC from values the code makes itself
	 * (the audit chain's head hash, the serial counters' scope such as "XF-2024").
	 */
	static final Set<String> INFRASTRUCTURE = Set.of("flyway_schema_history", "shedlock", "event_publication",
			"event_publication_archive", "audit_chain_head", "shared_serial");

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aStaffFormTextLongerThanItsColumnIsAChineseMessageNotA500() throws Exception {
		String created = mvc.perform(post("/api/v1/info-requests").contentType(MediaType.APPLICATION_JSON).content("""
				{"applicant": {"type": "CITIZEN", "name": "钱七", "idType": "RESIDENT_ID", "idNumber": "11010519491231002X",
				 "phone": "13812345678"}, "description": "本镇道路维修经费", "form": "ELECTRONIC", "delivery": "ONLINE"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String number = created.replaceAll("(?s).*\"(YSQ-[0-9-]+)\".*", "$1");
		long id = jdbc.queryForObject("select id from inforequest_request where tracking_number = ?", Long.class, number);
		String receivedOn = jdbc.queryForObject("select received_on from inforequest_request where id = ?", java.sql.Date.class, id)
			.toLocalDate().toString();
		// the third party's name is a varchar(200) the form does not check itself
		String page = mvc.perform(post("/console/inforequests/" + id + "/consult").param("on", receivedOn)
			.param("party", "某".repeat(201)).with(new Staffs(identity).as("gongkai")).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("最多可填写 200 个字").doesNotContain("Exception");
	}

	record Declared(String where, AnnotatedElement element, Class<?> type) {
	}

	@Test
	void everyVarcharAndNumericColumnHasAMatchingDeclaredLimit() throws Exception {
		Map<String, Declared> mapped = mappedColumns();
		List<String> problems = new ArrayList<>();
		Set<String> unmappedTables = new TreeSet<>();
		try (Connection c = dataSource.getConnection()) {
			DatabaseMetaData meta = c.getMetaData();
			try (ResultSet rs = meta.getColumns(null, schema(c), "%", "%")) {
				while (rs.next()) {
					String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
					int type = rs.getInt("DATA_TYPE");
					int size = rs.getInt("COLUMN_SIZE");
					int scale = rs.getInt("DECIMAL_DIGITS");
					if (INFRASTRUCTURE.contains(table)) {
						continue;
					}
					boolean varchar = type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.CHAR;
					boolean numeric = type == Types.NUMERIC || type == Types.DECIMAL;
					// unbounded text (varchar without length, text, clob) has nothing to exceed
					if (varchar && size >= 1_000_000 || !varchar && !numeric) {
						continue;
					}
					Declared d = mapped.get(table + "." + column);
					if (d == null) {
						unmappedTables.add(table + "." + column);
						continue;
					}
					String problem = varchar ? varcharProblem(d, size) : numericProblem(d, size, scale);
					if (problem != null) {
						problems.add(table + "." + column + " (" + (varchar ? "varchar(" + size + ")"
								: "numeric(" + size + "," + scale + ")") + ") ← " + d.where() + ": " + problem);
					}
				}
			}
		}
		assertThat(problems).as("columns whose entity field lacks a matching @Size/@Digits").isEmpty();
		assertThat(unmappedTables).as("bounded columns no entity maps (add the entity or list the table)").isEmpty();
	}

	private static String varcharProblem(Declared d, int size) {
		if (d.type().isEnum()) {
			int longest = 0;
			for (Object constant : d.type().getEnumConstants()) {
				longest = Math.max(longest, ((Enum<?>) constant).name().length());
			}
			return longest <= size ? null : "enum constant longer than the column";
		}
		if (d.type() != String.class) {
			// value types (TrackingNumber, QueryCode, …) check their own format, which fixes their length
			return null;
		}
		Size s = d.element().getAnnotation(Size.class);
		if (s == null) {
			return "no @Size";
		}
		return s.max() <= size ? null : "@Size(max = " + s.max() + ") exceeds the column";
	}

	private static String numericProblem(Declared d, int precision, int scale) {
		Digits digits = d.element().getAnnotation(Digits.class);
		if (digits == null) {
			return "no @Digits";
		}
		return digits.integer() <= precision - scale && digits.fraction() <= scale ? null
				: "@Digits(integer = " + digits.integer() + ", fraction = " + digits.fraction() + ") exceeds the column";
	}

	private Map<String, Declared> mappedColumns() {
		Map<String, Declared> out = new HashMap<>();
		SessionFactoryImplementor sf = emf.unwrap(SessionFactoryImplementor.class);
		sf.getMappingMetamodel().forEachEntityDescriptor(persister -> {
			persister.getAttributeMappings()
				.forEach(a -> collect(a, persister.getJavaType().getJavaTypeClass().getSimpleName(), out));
		});
		return out;
	}

	private static void collect(AttributeMapping a, String owner, Map<String, Declared> out) {
		if (a instanceof PluralAttributeMapping plural) {
			if (plural.getElementDescriptor() instanceof EmbeddableValuedModelPart element) {
				element.getEmbeddableTypeDescriptor().getAttributeMappings()
					.forEach(inner -> collect(inner, owner + "." + a.getAttributeName() + "[]", out));
				return;
			}
			plural.getElementDescriptor().forEachSelectable((i, sel) -> {
				Member m = a.getPropertyAccess().getGetter().getMember();
				out.put(sel.getContainingTableExpression().toLowerCase(Locale.ROOT) + "."
						+ sel.getSelectionExpression().toLowerCase(Locale.ROOT),
						new Declared(owner + "." + a.getAttributeName() + "[]", (AnnotatedElement) m,
								sel.getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass()));
			});
			return;
		}
		if (a instanceof EmbeddableValuedModelPart embedded) {
			embedded.getEmbeddableTypeDescriptor().getAttributeMappings()
				.forEach(inner -> collect(inner, owner + "." + a.getAttributeName(), out));
			return;
		}
		Member m = a.getPropertyAccess().getGetter().getMember();
		Class<?> type = m instanceof Field f ? f.getType() : m instanceof Method meth ? meth.getReturnType() : Object.class;
		a.forEachSelectable((i, sel) -> out.put(
				sel.getContainingTableExpression().toLowerCase(Locale.ROOT) + "."
						+ sel.getSelectionExpression().toLowerCase(Locale.ROOT),
				new Declared(owner + "." + a.getAttributeName(), (AnnotatedElement) m, type)));
	}

	private static String schema(Connection c) throws Exception {
		String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		return product.contains("h2") ? "PUBLIC" : "public";
	}
}
