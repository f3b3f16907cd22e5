package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The console list's filters; every query is scoped to one org. */
public record DocumentFilter(@Nullable String title, @Nullable Long column, @Nullable DocumentStatus status,
		@Nullable Integer year, @Nullable Boolean late) {

	public static DocumentFilter none() {
		return new DocumentFilter(null, null, null, null, null);
	}

	Specification<Document> toSpecification(OrgId org) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			p.add(cb.equal(root.get("orgId"), org.value()));
			if (title != null && !title.isBlank()) {
				p.add(cb.like(root.get("title"), "%" + title.strip().replace("%", "") + "%"));
			}
			if (column != null) {
				p.add(cb.equal(root.get("columnId"), column));
			}
			if (status != null) {
				p.add(cb.equal(root.get("status"), status));
			}
			if (year != null) {
				p.add(cb.between(root.get("publishedOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			}
			if (Boolean.TRUE.equals(late)) {
				p.add(cb.isTrue(root.get("late")));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}
}
