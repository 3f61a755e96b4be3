package org.psychodynamiclibrary.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTests {

	private static final Vocabulary VOCABULARY = Vocabulary.standard();

	private final TextAnalyzer indexing = TextAnalyzer.forIndexing(VOCABULARY);

	private final TextAnalyzer querying = this.indexing.withSynonyms(VOCABULARY);

	@Test
	void therapistAndTherapyAreOneWord() {
		assertThat(this.indexing.terms("therapy therapies therapist therapists Therapist's"))
			.containsOnly("therapy");
	}

	@Test
	void stemmerJoinsWordEndings() {
		assertThat(this.indexing.terms("dream dreams dreaming dreamed")).containsOnly("dream");
		assertThat(this.indexing.terms("relationship relationships")).containsOnly("relationship");
	}

	@Test
	void wordFamiliesKeepApartWhatTheStemmerWouldMixUp() {
		assertThat(this.indexing.terms("personality")).doesNotContainAnyElementsOf(this.indexing.terms("person"));
		assertThat(this.indexing.terms("mentalization")).doesNotContainAnyElementsOf(this.indexing.terms("mental"));
		assertThat(this.indexing.terms("mentalisation mentalizing mentalise")).containsOnly("mentalization");
	}

	@Test
	void everySpellingPairMakesBothSpellingsOneTerm() {
		assertThat(VOCABULARY.spellings()).hasSizeGreaterThanOrEqualTo(40);
		VOCABULARY.spellings().forEach((british, american) -> {
			assertThat(this.indexing.terms(british)).as(british).hasSize(1);
			assertThat(this.indexing.terms(british)).as(british + " => " + american)
				.isEqualTo(this.indexing.terms(american));
		});
	}

	@Test
	void spellingPairsCoverInflectedForms() {
		assertThat(this.indexing.terms("behaviours behavioural behavior")).containsOnly("behavior");
		assertThat(this.indexing.terms("analysed analysing analyze")).containsOnly(this.indexing.terms("analyze").get(0));
		assertThat(this.indexing.terms("defences defense")).containsOnly(this.indexing.terms("defense").get(0));
		assertThat(this.indexing.terms("organisation")).isEqualTo(this.indexing.terms("organization"));
	}

	@Test
	void stopWordsAndPossessivesAreDropped() {
		assertThat(this.indexing.terms("What is the unconscious?")).containsExactly("unconsci");
		assertThat(this.indexing.terms("Freud's")).containsExactly("freud");
	}

	@Test
	void synonymsExpandQueriesButNotTheIndex() {
		assertThat(this.indexing.terms("CBT")).containsExactly("cbt");
		assertThat(this.querying.terms("CBT")).contains("cbt", "cognit", "behavior", "therapy");
		assertThat(this.querying.terms("cognitive behavioral therapies")).contains("cbt");
		assertThat(this.querying.terms("STPP")).contains("short", "term", "psychodynam", "psychotherapy");
		assertThat(this.querying.terms("subconscious")).contains("unconsci");
	}

	@Test
	void queriesKeepOnlyTheirFirstTerms() {
		String many = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
				+ "november oscar papa quebec romeo sierra tango";
		assertThat(this.querying.terms(many)).hasSize(TextAnalyzer.MAX_QUERY_TERMS);
		assertThat(this.indexing.terms(many)).hasSize(20);
	}

	@Test
	void wordsAnalyzerOnlyLowerCases() {
		assertThat(TextAnalyzer.words().terms("What the Therapists said")).containsExactly("what", "the",
				"therapists", "said");
	}

}
