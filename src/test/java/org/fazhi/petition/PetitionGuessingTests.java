package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.ServerKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Query codes cannot be guessed through the rating form or letter links faster than through "查询办理进度": they
 * share one throttle (shared.TrackingLookup), and the links' tokens are keyed with the deployment secret.
 */
@FazhiTest
class PetitionGuessingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PetitionService service;

	@Autowired
	OrganizationService organization;

	@Autowired
	PetitionTokens tokens;

	@Autowired
	ServerKeys keys;

	@Value("${fazhi.tracking.misses-per-address}")
	int missesPerAddress;

	PetitionFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new PetitionFixtures(service, organization);
	}

	private Receipt replied() {
		Receipt r = fx.register(LocalDate.of(2024, 4, 1));
		service.classify(fx.hangu, r.id(), PetitionType.SUGGESTION, null, "xinfang");
		service.notAccept(fx.hangu, r.id(), LocalDate.of(2024, 4, 3), "已由村委会答复", "xinfang");
		return r;
	}

	private MockHttpServletResponse rate(Receipt r, String code, String address) throws Exception {
		return mvc.perform(post("/petitions/rate").with(csrf()).param("number", r.trackingNumber().value())
			.param("code", code).param("rating", "SATISFIED").with(x -> {
				x.setRemoteAddr(address);
				return x;
			})).andReturn().getResponse();
	}

	@Test
	void fourHundredGuessedCodesOnTheRatingFormGetOnlyTheAddressBudgetAnswered() throws Exception {
		Receipt r = replied();
		String address = "198.18.7." + System.nanoTime() % 250;
		int answered = 0;
		int refused = 0;
		for (int i = 0; i < 400; i++) {
			MockHttpServletResponse response = rate(r, "WRONG%03d".formatted(i).replace('0', 'A').replace('1', 'B'),
					address);
			if (response.getStatus() == 429) {
				refused++;
				assertThat(response.getHeader("Retry-After")).isNotBlank();
			}
			else {
				answered++;
				assertThat(response.getContentAsString()).contains("未查询到相关事项");
			}
		}
		System.out.println("[measure] /petitions/rate, 400 wrong codes from one address: answered " + answered
				+ ", refused " + refused);
		assertThat(answered).isEqualTo(missesPerAddress);
		assertThat(refused).isEqualTo(400 - missesPerAddress);
		// even the right code is refused now, so a lucky guess past the budget reveals nothing
		MockHttpServletResponse right = rate(r, r.queryCode().value(), address);
		assertThat(right.getStatus()).isEqualTo(429);
		assertThat(service.petition(Set.of(fx.hangu), r.id()).satisfaction()).isNull();
		// the petitioner from another address still rates
		assertThat(rate(r, r.queryCode().value(), "198.18.8." + System.nanoTime() % 250).getContentAsString())
			.contains("感谢您的评价");
	}

	@Test
	void guessedLetterTokensAreThrottledLikeCodes() throws Exception {
		Receipt r = replied();
		String address = "198.18.9." + System.nanoTime() % 250;
		int refused = 0;
		for (int i = 0; i < missesPerAddress + 5; i++) {
			int status = mvc.perform(get("/petitions/letters/" + r.trackingNumber() + "/NOT_ACCEPTED/" + "%032x".formatted(i))
				.with(x -> {
					x.setRemoteAddr(address);
					return x;
				})).andReturn().getResponse().getStatus();
			refused += status == 429 ? 1 : 0;
		}
		assertThat(refused).isEqualTo(5);
	}

	@Test
	void linkTokensAreKeyedWithTheDeploymentSecretNotAPlainHashOfTheCode() throws Exception {
		Receipt r = replied();
		Petition p = service.petition(Set.of(fx.hangu), r.id());
		String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest((r.queryCode().value() + ":" + r.trackingNumber() + ":NOT_ACCEPTED").getBytes(StandardCharsets.UTF_8)), 0, 16);
		String token = tokens.letter(p, LetterKind.NOT_ACCEPTED);
		assertThat(token).isNotEqualTo(plain).hasSize(32)
			.isEqualTo(keys.hmacHex("petition.link", r.queryCode().value() + ":" + r.trackingNumber() + ":NOT_ACCEPTED")
				.substring(0, 32));
		assertThat(mvc.perform(get("/petitions/letters/" + r.trackingNumber() + "/NOT_ACCEPTED/" + plain))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/petitions/letters/" + r.trackingNumber() + "/NOT_ACCEPTED/" + token))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
	}
}
