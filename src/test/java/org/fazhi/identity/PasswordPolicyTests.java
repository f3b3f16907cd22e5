package org.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords: at least 8 characters from at least three classes, not containing the user name. */
class PasswordPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "Fazhi@2024", "abcdEFGH12", "abcd1234!!", "ABCD1234!!", "法治Ab12345" })
	void acceptsEightOrMoreCharactersOfThreeClasses(String password) {
		assertThat(PasswordPolicy.problemWith(password, "zhangsan")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Ab1!", "Abc12!x" })
	void rejectsFewerThanEightCharacters(String password) {
		assertThat(PasswordPolicy.problemWith(password, "zhangsan")).contains("password.too-short");
	}

	@Test
	void rejectsNull() {
		assertThat(PasswordPolicy.problemWith(null, "zhangsan")).contains("password.too-short");
	}

	@Test
	void acceptsExactlyEightCharacters() {
		assertThat(PasswordPolicy.problemWith("Abc12!xy", "zhangsan")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcdefghij", "ABCDEFGH", "12345678", "abcd1234", "ABCDefgh", "!!!!1111" })
	void rejectsFewerThanThreeClasses(String password) {
		assertThat(PasswordPolicy.problemWith(password, "zhangsan")).contains("password.classes");
	}

	@Test
	void rejectsOverlongPasswords() {
		assertThat(PasswordPolicy.problemWith("Aa1!".repeat(17), "zhangsan")).contains("password.too-long");
		assertThat(PasswordPolicy.problemWith("Aa1!".repeat(16), "zhangsan")).isEmpty();
	}

	@Test
	void rejectsAPasswordContainingTheUserNameInAnyCase() {
		assertThat(PasswordPolicy.problemWith("Gongkai@2024", "gongkai")).contains("password.contains-username");
		assertThat(PasswordPolicy.problemWith("x!GONGKAI1", "gongkai")).contains("password.contains-username");
		assertThat(PasswordPolicy.problemWith("Gongkai@2024", "xinfang")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Password1", "P@ssw0rd", "Admin@123", "Woaini1314", "Qwerty123", "1qaz@WSX" })
	void rejectsCommonPasswordsThatMeetTheCharacterRules(String password) {
		assertThat(PasswordPolicy.problemWith(password, "zhangsan")).contains("password.common");
	}
}
