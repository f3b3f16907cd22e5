package org.fazhi.legalservice.web;

import org.fazhi.legalservice.Topic;
import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The portal's and the API's question form (architecture.md: name, phone, optional topic, question). */
record AskForm(@Nullable String org,
		@NotBlank(message = "{legalservice.name.required}") @Size(max = 50, message = "{legalservice.name.size}") String name,
		@Nullable @Pattern(regexp = "^$|^1\\d{10}$|^0\\d{2,3}-?\\d{7,8}$", message = "{legalservice.phone.format}") String phone,
		@Nullable @Size(max = Topic.AS_WRITTEN_LENGTH, message = "{legalservice.topic.size}") String topic,
		@NotBlank(message = "{legalservice.question.required}") @Size(max = 2000, message = "{legalservice.question.size}") String question,
		@Nullable String token) {

	static AskForm empty(String token) {
		return new AskForm(null, "", "", "", "", token);
	}
}
