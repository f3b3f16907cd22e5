package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Personal data is shown masked by default (ui.md): 110***********123X, 138****8000. */
class MaskingTests {

	@Test
	void idNumberKeepsTheAreaPrefixAndTheLastFour() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110***********002X");
		assertThat(Masking.idNumber("1234567")).isEqualTo("****");
		assertThat(Masking.idNumber(null)).isEqualTo("****");
	}

	@Test
	void phoneKeepsTheFirstThreeAndTheLastFour() {
		assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
		assertThat(Masking.phone(" 023-65790000 ")).isEqualTo("023*****0000");
		assertThat(Masking.phone("12345")).isEqualTo("*****");
		assertThat(Masking.phone("")).isEmpty();
		assertThat(Masking.phone(null)).isEmpty();
	}

	@Test
	void nameKeepsTheSurname() {
		assertThat(Masking.name("张")).isEqualTo("张");
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧**娜");
		assertThat(Masking.name(null)).isEmpty();
	}
}
