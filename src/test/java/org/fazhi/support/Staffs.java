package org.fazhi.support;

import org.fazhi.identity.IdentityService;
import org.fazhi.identity.StaffUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Demo staff as MockMvc principals: {@code .with(staffs.as("gongkai"))}. */
public final class Staffs {

	private final IdentityService identity;

	public Staffs(IdentityService identity) {
		this.identity = identity;
	}

	public StaffUser user(String username) {
		return identity.loadUserByUsername(username);
	}

	public RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(user(username));
	}
}
