package org.psychodynamiclibrary.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class VocabularyTests {

	@Test
	void shippedListsLoad() {
		Vocabulary vocabulary = Vocabulary.standard();
		assertThat(vocabulary.stopWords()).contains("the", "what", "is");
		assertThat(vocabulary.wordFamilies()).containsEntry("therapist", "therapy");
		assertThat(vocabulary.spellings()).containsEntry("defence", "defense").hasSizeGreaterThanOrEqualTo(40);
		assertThat(vocabulary.synonyms()).contains("STPP");
	}

	@Test
	void everyProblemIsReportedWithItsFileAndLine() {
		assertThatIllegalStateException().isThrownBy(() -> Vocabulary.load("search-broken"))
			.withMessageContaining("search-broken/stopwords.txt:3: a stop word is one lower-case word, not 'Two Words'")
			.withMessageContaining("search-broken/word-families.txt:2: 'therapist' is already in another family")
			.withMessageContaining("search-broken/word-families.txt:3: expected 'form, form, ... => word'")
			.withMessageContaining("search-broken/spellings.txt:2: 'colour' is listed twice")
			.withMessageContaining("search-broken/spellings.txt:3: expected 'british => american'");
	}

	@Test
	void missingListIsReported() {
		assertThatIllegalStateException().isThrownBy(() -> Vocabulary.load("no-such-folder"))
			.withMessageContaining("no-such-folder/stopwords.txt: not found on the classpath")
			.withMessageContaining("no-such-folder/synonyms.txt: not found on the classpath");
	}

	@Test
	void synonymWithAStopWordFailsNamingItsLine() {
		Vocabulary vocabulary = Vocabulary.load("search-stop-word-synonym");
		assertThatIllegalStateException().isThrownBy(() -> TextAnalyzer.forIndexing(vocabulary).withSynonyms(vocabulary))
			.withMessageContaining("search-stop-word-synonym/synonyms.txt")
			.withMessageContaining("line 3")
			.withMessageContaining("a term must not contain a stop word");
	}

}
