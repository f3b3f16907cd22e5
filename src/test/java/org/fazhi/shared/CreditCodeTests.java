package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码 check character, GB 32100-2015 §5 (weights 3^i mod 31, alphabet without I, O, Z, S, V). */
class CreditCodeTests {

	/** A real registration of a Chongqing government body (published on its site). */
	private static final String REAL = "115001130093083510";

	@Test
	void acceptsARealChongqingCode() {
		assertThat(CreditCode.isValid(REAL)).isTrue();
		assertThat(CreditCode.problemWith(REAL)).isEmpty();
		assertThat(CreditCode.checkCharacter(REAL.substring(0, 17))).isEqualTo('0');
		assertThat(CreditCode.of(" " + REAL.toLowerCase() + " ").value()).isEqualTo(REAL);
	}

	@Test
	void acceptsTheDemoCodes() {
		assertThat(CreditCode.isValid("115001070093712808")).isTrue();
		assertThat(CreditCode.isValid("115001070093712995")).isTrue();
		assertThat(CreditCode.isValid("11500000MB16008710")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(chars = { '1', '2', '9', 'A', 'X', 'Y' })
	void rejectsAChangedCheckCharacter(char wrong) {
		String code = REAL.substring(0, 17) + wrong;
		assertThat(CreditCode.problemWith(code)).contains("creditcode.check");
		assertThatThrownBy(() -> CreditCode.of(code)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.messageKey()).isEqualTo("creditcode.check"));
	}

	@Test
	void rejectsAChangedBodyCharacterBecauseTheCheckNoLongerFits() {
		// one digit of the organization code changed, check character left as it was
		assertThat(CreditCode.problemWith("115001130093083610")).contains("creditcode.check");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "11500113009308351", "1150011300930835100", "9150" })
	void rejectsAWrongLength(String code) {
		assertThat(CreditCode.problemWith(code)).contains("creditcode.length");
		assertThatThrownBy(() -> CreditCode.of(code)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.messageKey()).isEqualTo("creditcode.length"));
	}

	@Test
	void rejectsNull() {
		assertThat(CreditCode.problemWith(null)).contains("creditcode.length");
		assertThat(CreditCode.isValid(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'Z', 'S', 'V' })
	void rejectsLettersTheStandardLeavesOut(char letter) {
		String code = "91500000" + letter + "00000000" + "0";
		assertThat(code).hasSize(18);
		assertThat(CreditCode.problemWith(code)).contains("creditcode.character");
		assertThatThrownBy(() -> CreditCode.checkCharacter(code.substring(0, 17))).isInstanceOf(RuleViolation.class);
	}

	@Test
	void rejectsLowerCaseAndPunctuationUnlessNormalizedByOf() {
		assertThat(CreditCode.problemWith("11500000mb16008710")).contains("creditcode.character");
		assertThat(CreditCode.problemWith("11500000-B16008710")).contains("creditcode.character");
		assertThat(CreditCode.of("11500000mb16008710").value()).isEqualTo("11500000MB16008710");
	}

	@Test
	void everyGeneratedCheckCharacterValidates() {
		String body = "91500107MA5U0000";
		for (char c : CreditCode.ALPHABET.toCharArray()) {
			String first17 = body + c;
			String code = first17 + CreditCode.checkCharacter(first17);
			assertThat(CreditCode.isValid(code)).as(code).isTrue();
		}
	}
}
