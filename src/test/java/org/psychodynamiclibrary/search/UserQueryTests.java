package org.psychodynamiclibrary.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserQueryTests {

	@Test
	void quotedTextIsAPhraseAndTheRestAreWords() {
		UserQuery query = UserQuery.parse("dreams \"working alliance\" therapy \"free association\"");
		assertThat(query.words()).isEqualTo("dreams therapy");
		assertThat(query.phrases()).containsExactly("working alliance", "free association");
		assertThat(query.text()).isEqualTo("dreams therapy working alliance free association");
	}

	@Test
	void quoteWithoutItsPartnerIsText() {
		UserQuery query = UserQuery.parse("\"working alliance\" \"free association");
		assertThat(query.phrases()).containsExactly("working alliance");
		assertThat(query.words()).isEqualTo("free association");
	}

	@Test
	void curlyQuotesCountAsQuotes() {
		assertThat(UserQuery.parse("\u201Cworking alliance\u201D").phrases()).containsExactly("working alliance");
	}

	@Test
	void emptyPhrasesAndRepeatedWordsAreDropped() {
		UserQuery query = UserQuery.parse("\"\" \"  \" Dreams dreams DREAMS sleep");
		assertThat(query.phrases()).isEmpty();
		assertThat(query.words()).isEqualTo("Dreams sleep");
	}

	@Test
	void nothingButQuotesIsBlank() {
		assertThat(UserQuery.parse("\"\"").isBlank()).isTrue();
		assertThat(UserQuery.parse("").isBlank()).isTrue();
		assertThat(UserQuery.parse("*").isBlank()).isFalse();
	}

}
