package org.fazhi.petition.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The petition form of the portal and, with a channel and a receipt date, of staff registration. {@code others}
 * lists further petitioners, one name a line (集体访 from five persons on).
 */
public record PetitionForm(@NotBlank(message = "{petition.form.name}") @Size(max = 50) String name,
		@Nullable String idNumber, @NotBlank(message = "{petition.form.phone}") @Size(max = 30) String phone,
		@Size(max = 200, message = "{petition.form.too-long}") @Nullable String address, @Nullable Long villageId,
		@NotBlank(message = "{petition.form.subject}") @Size(max = 200, message = "{petition.form.too-long}") String subject,
		@NotBlank(message = "{petition.form.content}") @Size(max = 20000, message = "{petition.form.too-long}") String content,
		@NotBlank(message = "{petition.form.demand}") @Size(max = 4000, message = "{petition.form.too-long}") String demand,
		@Size(max = 2000, message = "{petition.form.too-long}") @Nullable String others, @Nullable String token,
		@Nullable String channel, @Nullable String receivedOn) {

	public static PetitionForm empty(String token) {
		return new PetitionForm("", "", "", "", null, "", "", "", "", token, null, null);
	}
}
