package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 居民身份证号码, GB 11643-1999: ISO 7064 MOD 11-2 check character, 'X' for 10, a real birth date. */
class ChineseIdNumberTests {

	/** The example of GB 11643-1999 itself, whose check character is X. */
	private static final String STANDARD_EXAMPLE = "11010519491231002X";

	@Test
	void acceptsTheStandardsExampleWithCheckCharacterX() {
		assertThat(ChineseIdNumber.checkCharacter(STANDARD_EXAMPLE.substring(0, 17))).isEqualTo('X');
		assertThat(ChineseIdNumber.isValid(STANDARD_EXAMPLE)).isTrue();
		assertThat(ChineseIdNumber.isValid("11010519491231002x")).as("lower-case x is normalized").isTrue();
		assertThat(ChineseIdNumber.of("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
	}

	@Test
	void acceptsANumberWithADigitCheckCharacter() {
		String first17 = "50010719900307123";
		char check = ChineseIdNumber.checkCharacter(first17);
		assertThat(check).isBetween('0', '9');
		assertThat(ChineseIdNumber.isValid(first17 + check)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", "110105194912310020", "110105194912310029" })
	void rejectsAWrongCheckCharacter(String id) {
		assertThat(ChineseIdNumber.problemWith(id)).contains("idnumber.check");
		assertThatThrownBy(() -> ChineseIdNumber.of(id)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.messageKey()).isEqualTo("idnumber.check"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194902300021", "110105194913010021", "110105189912310021", "110105194900000021" })
	void rejectsABirthDateThatCannotBe(String id) {
		assertThat(ChineseIdNumber.problemWith(id)).contains("idnumber.birthdate");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "11010519491231002", "1101051949123100211", "11010519491231002Y", "X10105194912310021" })
	void rejectsAWrongFormat(String id) {
		assertThat(ChineseIdNumber.problemWith(id)).contains("idnumber.format");
	}

	@Test
	void showsItselfMasked() {
		ChineseIdNumber id = ChineseIdNumber.of(STANDARD_EXAMPLE);
		assertThat(id.masked()).isEqualTo("110***********002X");
		assertThat(id.toString()).isEqualTo("110***********002X").doesNotContain("19491231");
	}
}
