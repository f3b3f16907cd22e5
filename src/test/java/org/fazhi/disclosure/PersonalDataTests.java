package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

	@Test
	void findsIdNumbersOnlyWithAValidCheckCharacter() {
		assertThat(PersonalData.scan("身份证11010519491231002X")).extracting(PersonalData.Found::kind)
			.containsExactly(PersonalData.Kind.ID_NUMBER);
		assertThat(PersonalData.scan("编号110105194912310021")).isEmpty();
	}

	@Test
	void findsMobileNumbersAlsoWhenGrouped() {
		assertThat(PersonalData.scan("电话138-0013-8000，座机023-65790000")).singleElement()
			.extracting(PersonalData.Found::kind).isEqualTo(PersonalData.Kind.MOBILE);
	}

	@Test
	void findsBankCardsThatPassTheLuhnCheck() {
		assertThat(PersonalData.scan("账号 6222 0210 0112 3456 786")).isEmpty();
		assertThat(PersonalData.scan("账号 4111 1111 1111 1111")).singleElement()
			.extracting(PersonalData.Found::masked).isEqualTo("4111********1111");
	}

	@Test
	void budgetFiguresAndDocumentNumbersAreNotPersonalData() {
		assertThat(PersonalData.scan("支出合计 12345678.90 元，含谷府发〔2023〕12号，2023年12月31日")).isEmpty();
	}
}
