package org.psychodynamiclibrary.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.psychodynamiclibrary.search.SearchDocument.Kind;
import org.psychodynamiclibrary.search.SearchResults.KindCount;
import org.psychodynamiclibrary.search.SearchResults.TopicCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SearchIndexTests {

	private static final SearchIndex INDEX = SearchFixtures.index(SearchFixtures.library());

	@ParameterizedTest(name = "[{index}] {0}: {1} => {2}")
	@CsvSource(delimiter = '|', textBlock = """
			stemming                     | relationships                           | /articles/therapeutic-relationship
			stemming                     | dreaming                                | /articles/working-with-dreams
			word family                  | mentalizing                             | /articles/mentalization-based-treatment
			-our/-or, British to US      | behaviour changes measured              | /articles/what-the-evidence-shows
			-ence/-ense, US to British   | defense mechanisms                      | /articles/defence-mechanisms
			-ise/-ize, US to British     | analyze dreams                          | /articles/working-with-dreams
			-ise/-ize, British to US     | randomised trials                       | /articles/what-the-evidence-shows
			abbreviation to words        | CBT                                     | /articles/psychodynamic-therapy-compared
			words to abbreviation        | post-traumatic stress disorder          | /articles/when-it-may-not-help
			phrase to phrase             | psychodynamic therapy gains last        | /articles/what-the-evidence-shows
			word to phrase               | alliance                                | /articles/therapeutic-relationship
			word to word                 | subconscious                            | /articles/the-unconscious-mind
			typo, one edit               | transferance                            | /articles/transference-and-countertransference
			typo, two edits              | mentalisaton                            | /articles/mentalization-based-treatment
			question words               | what is the unconscious mind?           | /articles/the-unconscious-mind
			title over body              | transference                            | /articles/transference-and-countertransference
			headings over body           | silences                                | /articles/what-happens-in-sessions
			source by author             | Shedler                                 | /sources/shedler2010
			source by given name         | jonathan shedler                        | /sources/shedler2010
			source by two authors        | leichsenring rabung                     | /sources/leichsenring2008
			source by title              | efficacy                                | /sources/shedler2010
			source by annotation         | government protocol                     | /sources/csat1999-tip34-ch7
			""")
	void findsWhatTheReaderMeans(String kindOfMatch, String query, String expectedTop) {
		assertThat(urls(query)).as(kindOfMatch).first().isEqualTo(expectedTop);
	}

	@Test
	void therapistFindsPagesThatOnlySayTherapy() {
		assertThat(urls("therapists")).contains("/topics/benefits", "/articles/what-is-psychodynamic-therapy");
	}

	@Test
	void britishAndAmericanSpellingsFindTheSamePages() {
		assertThat(urls("defence")).containsExactlyInAnyOrderElementsOf(urls("defense"))
			.contains("/articles/defence-mechanisms", "/articles/when-it-may-not-help");
		assertThat(urls("behavior")).containsExactlyInAnyOrderElementsOf(urls("behaviour")).hasSize(2);
	}

	@Test
	void readersOwnWordsRankAboveSynonyms() {
		SearchIndex index = SearchFixtures.index(List.of(
				SearchFixtures.article("low-mood", "Loss", "concepts", "", "", "Low mood can follow a loss."),
				SearchFixtures.article("depression", "Loss", "concepts", "", "", "Depression can follow a loss.")));
		assertThat(index.search(SearchRequest.of("depression")).hits()).extracting(SearchHit::url)
			.containsExactly("/articles/depression", "/articles/low-mood");
	}

	@Test
	void multiWordSynonymFallsBackToSomeOfItsWords() {
		SearchIndex index = SearchFixtures.index(List.of(SearchFixtures.article("defences", "Defences", "concepts", "",
				"", "Everyone uses defences.")));
		SearchResults results = index.search(SearchRequest.of("defence mechanism"));
		assertThat(results.partial()).isTrue();
		assertThat(results.hits()).extracting(SearchHit::url).containsExactly("/articles/defences");
	}

	@Test
	void everyWordMustBeFoundSomewhere() {
		assertThat(urls("dreams evidence")).containsExactly("/articles/working-with-dreams");
	}

	@Test
	void knownWordsAreNotStretchedToNeighbours() {
		// "person" is in the library, so it does not also match "persons" or "personality" pages by typo
		assertThat(urls("person")).containsExactlyInAnyOrder("/articles/what-is-psychodynamic-therapy",
				"/articles/when-it-may-not-help");
		assertThat(urls("mental")).containsExactly("/articles/the-unconscious-mind");
	}

	@Test
	void shortWordsGetNoTypoTolerance() {
		assertThat(INDEX.search(SearchRequest.of("jama")).total()).isEqualTo(1);
		assertThat(INDEX.search(SearchRequest.of("jamb")).total()).isZero();
	}

	@Test
	void quotedPhraseNeedsItsWordsInOrder() {
		assertThat(urls("\"working with dreams\"")).containsExactly("/articles/working-with-dreams");
		assertThat(urls("\"dreams with working\"")).isEmpty();
		assertThat(urls("\"trust grows slowly\" ruptures")).containsExactly("/articles/therapeutic-relationship");
	}

	@Test
	void quotedPhraseTakesNoSynonymsOrTypos() {
		assertThat(urls("\"CBT\"")).isEmpty();
		assertThat(urls("\"psychodinamic\"")).isEmpty();
		assertThat(urls("psychodinamic")).isNotEmpty();
	}

	@Test
	void snippetMarksMatchedWordsIncludingOtherForms() {
		SearchHit hit = INDEX.search(SearchRequest.of("dream analysis analyze")).hits().get(0);
		assertThat(hit.snippetHtml()).contains("<mark>analyse</mark> <mark>dreams</mark>", "<mark>Dreaming</mark>");
	}

	@Test
	void snippetMarksSynonyms() {
		assertThat(INDEX.search(SearchRequest.of("alliance")).hits().get(0).snippetHtml())
			.contains("<mark>therapeutic</mark> <mark>relationship</mark>");
	}

	@Test
	void snippetEscapesThePageText() {
		String snippet = INDEX.search(SearchRequest.of("script alert")).hits().get(0).snippetHtml();
		assertThat(snippet).contains("p &lt; 0.05 &amp; &lt;<mark>script</mark>&gt;<mark>alert</mark>(1)")
			.doesNotContain("<script", "< 0.05");
	}

	@Test
	void snippetFallsBackToTheSummaryWhenTheBodyHasNoMatch() {
		SearchResults results = INDEX.search(SearchRequest.of("Shedler"));
		assertThat(results.hits().get(0).snippetHtml()).isEqualTo(
				"<mark>Shedler</mark>, J. (2010). The efficacy of psychodynamic psychotherapy. American Psychologist, 65(2), 98–109.");
		SearchResults titleOnly = INDEX.search(SearchRequest.of("countertransference"));
		assertThat(titleOnly.hits().get(0).snippetHtml())
			.isEqualTo("How feelings from earlier relationships can colour the relationship with a therapist.");
	}

	@Test
	void hitsCarryKindTitleAndTopic() {
		SearchHit hit = INDEX.search(SearchRequest.of("defence mechanisms")).hits().get(0);
		assertThat(hit).extracting(SearchHit::kind, SearchHit::url, SearchHit::title, SearchHit::topicSlug,
				SearchHit::topicTitle)
			.containsExactly(Kind.ARTICLE, "/articles/defence-mechanisms", "Defence mechanisms", "concepts", "Concepts");
	}

	@Test
	void filtersByKindAndCountsTheOtherKinds() {
		SearchResults results = INDEX.search(SearchRequest.of("psychodynamic", null, "source", null));
		assertThat(results.hits()).extracting(SearchHit::kind).containsOnly(Kind.SOURCE);
		assertThat(results.total()).isEqualTo(3);
		assertThat(results.kinds()).containsExactly(new KindCount(Kind.ARTICLE, 1), new KindCount(Kind.TOPIC, 1),
				new KindCount(Kind.SOURCE, 3));
		assertThat(results.topics()).as("sources have no topic").isEmpty();
	}

	@Test
	void filtersByTopicAndCountsTheOtherTopics() {
		SearchResults results = INDEX.search(SearchRequest.of("therapist", "concepts", null, null));
		assertThat(results.hits()).extracting(SearchHit::topicSlug).containsOnly("concepts");
		assertThat(results.total()).isEqualTo(3);
		assertThat(results.topics()).contains(new TopicCount("concepts", "Concepts", 3),
				new TopicCount("start-here", "Start here", 5));
		assertThat(results.kinds()).containsExactly(new KindCount(Kind.ARTICLE, 3));
	}

	@Test
	void unknownTopicFindsNothingButStillCountsTopics() {
		SearchResults results = INDEX.search(SearchRequest.of("therapist", "no-such-topic", null, null));
		assertThat(results.total()).isZero();
		assertThat(results.hits()).isEmpty();
		assertThat(results.topics()).isNotEmpty();
	}

	@Test
	void pagesHoldTenHitsAndOutOfRangePagesAreClamped() {
		List<SearchDocument> documents = new ArrayList<>();
		for (int i = 1; i <= 23; i++) {
			documents.add(SearchFixtures.article("dreams-" + i, "Dreams " + i, "techniques", "", "About dreams.",
					"Dream number " + i + "."));
		}
		SearchIndex index = SearchFixtures.index(documents);
		SearchResults first = index.search(SearchRequest.of("dreams"));
		assertThat(first.total()).isEqualTo(23);
		assertThat(first.pageCount()).isEqualTo(3);
		assertThat(first.hits()).hasSize(10);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		SearchResults last = index.search(SearchRequest.of("dreams", null, null, "3"));
		assertThat(last.hits()).hasSize(3);
		assertThat(last.hasNext()).isFalse();
		List<String> all = new ArrayList<>();
		for (String page : List.of("1", "2", "3")) {
			index.search(SearchRequest.of("dreams", null, null, page)).hits().forEach((hit) -> all.add(hit.url()));
		}
		assertThat(all).hasSize(23).doesNotHaveDuplicates();
		SearchResults beyond = index.search(SearchRequest.of("dreams", null, null, "99"));
		assertThat(beyond.page()).isEqualTo(3);
		assertThat(beyond.request().page()).isEqualTo(3);
		assertThat(beyond.hits()).hasSize(3);
	}

	@Test
	void suggestsASpellingWhenNothingIsFound() {
		SearchResults results = INDEX.search(SearchRequest.of("frued"));
		assertThat(results.total()).isZero();
		assertThat(results.suggestion()).isEqualTo("freud");
	}

	@Test
	void suggestionCorrectsOnlyTheUnknownWords() {
		assertThat(INDEX.search(SearchRequest.of("Frued psychodynamic")).suggestion()).isEqualTo("freud psychodynamic");
	}

	@Test
	void noSuggestionThatWouldFindNothingEither() {
		// "freud" and "mann" are both in the library, but on different pages
		assertThat(INDEX.search(SearchRequest.of("frued mann")).suggestion()).isNull();
	}

	@Test
	void noSuggestionWhenNothingCloseExists() {
		SearchResults results = INDEX.search(SearchRequest.of("xylophone"));
		assertThat(results.total()).isZero();
		assertThat(results.suggestion()).isNull();
	}

	@Test
	void whenNoPageHasAllTheWordsShowsPagesWithSome() {
		SearchResults results = INDEX.search(SearchRequest.of("transference xylophone"));
		assertThat(results.partial()).isTrue();
		assertThat(results.hits()).extracting(SearchHit::url)
			.containsExactlyInAnyOrder("/articles/transference-and-countertransference",
					"/articles/what-happens-in-sessions");
		assertThat(INDEX.search(SearchRequest.of("transference")).partial()).isFalse();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("badInput")
	void badInputGivesANormalResult(String description, String text) {
		SearchResults results = INDEX.search(SearchRequest.of(text, text, text, text));
		assertThat(results.page()).isEqualTo(1);
		assertThat(results.hits()).hasSizeLessThanOrEqualTo(10);
		assertThat(results.total()).isGreaterThanOrEqualTo(results.hits().size());
		assertThat(results.request().text()).doesNotContainPattern("\\p{Cc}|\\p{Cf}")
			.hasSizeLessThanOrEqualTo(2 * SearchRequest.MAX_LENGTH);
	}

	static Stream<Arguments> badInput() {
		return Stream.of(arguments("null", null), arguments("empty", ""), arguments("blank", " \t\n "),
				arguments("only stop words", "what is it"), arguments("only punctuation", "?!.,;"),
				arguments("lone quote", "\""), arguments("three quotes", "\"\"\""),
				arguments("empty phrase", "\"\" \"  \""), arguments("wildcards", "*"),
				arguments("wildcard word", "trans*"), arguments("open boolean", "AND ("),
				arguments("boolean syntax", "(transference OR) AND NOT -+ && || !"),
				arguments("field syntax", "title:freud :"), arguments("ranges and boosts", "[a TO z] {x} ^3 ~2"),
				arguments("regex", "/tr.*/"), arguments("backslashes", "\\ \\\\ \\\" \\u0000"),
				arguments("control characters", "trans\u0000fer\u0007ence \u001b[31m"),
				arguments("bidi override", "\u202Etransference\u202C"),
				arguments("unpaired surrogate", "therapy \uD800 \uDC00"),
				arguments("markup", "<script>alert('x')</script> &amp; <mark>"),
				arguments("Chinese", "精神分析治疗"), arguments("Cyrillic", "психодинамическая терапия"),
				arguments("Arabic", "العلاج النفسي الديناميكي"), arguments("emoji", "🧠 therapy 🛋️"),
				arguments("very long", "transference ".repeat(1000)),
				arguments("one long word", "psychodynamic".repeat(50)),
				arguments("many typo-length words", "abcdefgh ".repeat(22)),
				arguments("many phrases", "\"dreams\" ".repeat(22)),
				arguments("many single letters", "x y z ".repeat(33)),
				arguments("many synonyms", "CBT STPP PTSD BPD GAD RCT NHS GP CBT STPP PTSD BPD GAD RCT NHS GP alliance"),
				arguments("huge page number", "dreams page=99999999999999"));
	}

	private static List<String> urls(String query) {
		return INDEX.search(SearchRequest.of(query)).hits().stream().map(SearchHit::url).toList();
	}

}
