package org.psychodynamiclibrary.search;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.search.SearchDocument.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRequestTests {

	@Test
	void textLosesControlAndFormattingCharactersAndExtraSpace() {
		SearchRequest request = SearchRequest.of("  trans\u0000fer\u0007ence \u202Eand\u200B\tthe\n\n mind\uD800 ");
		assertThat(request.text()).isEqualTo("trans fer ence and the mind");
		assertThat(request.shortened()).isFalse();
	}

	@Test
	void textIsCutAt200CharactersAndSaysSo() {
		SearchRequest request = SearchRequest.of("a".repeat(199) + "bcd");
		assertThat(request.text()).hasSize(200).endsWith("ab");
		assertThat(request.shortened()).isTrue();
		assertThat(SearchRequest.of("a".repeat(200)).shortened()).isFalse();
	}

	@Test
	void cutNeverSplitsACharacter() {
		String emoji = "\uD83E\uDDE0";
		SearchRequest request = SearchRequest.of(emoji.repeat(250));
		assertThat(request.text().codePointCount(0, request.text().length())).isEqualTo(200);
		assertThat(request.text()).isEqualTo(emoji.repeat(200));
	}

	@Test
	void hugeInputIsReadOnlyAsFarAsNeeded() {
		SearchRequest request = SearchRequest.of("dreams ".repeat(1_000_000));
		assertThat(request.text()).hasSizeLessThanOrEqualTo(200);
		assertThat(request.shortened()).isTrue();
	}

	@Test
	void oddFiltersMeanNoFilter() {
		assertThat(SearchRequest.of("x", "../etc", "ARTICLE\"", "-2")).extracting(SearchRequest::topic,
				SearchRequest::kind, SearchRequest::page)
			.containsExactly(null, null, 1);
		assertThat(SearchRequest.of("x", "concepts", " Source ", "3")).extracting(SearchRequest::topic,
				SearchRequest::kind, SearchRequest::page)
			.containsExactly("concepts", Kind.SOURCE, 3);
		assertThat(SearchRequest.of("x", null, null, "99999999999").page()).isEqualTo(1);
	}

	@Test
	void urlKeepsOnlyWhatDiffersFromTheDefaults() {
		SearchRequest request = SearchRequest.of("working & \"alliance\"", "concepts", "article", "2");
		assertThat(request.url()).isEqualTo("/search?q=working+%26+%22alliance%22&topic=concepts&kind=article&page=2");
		assertThat(request.withKind(null).url()).isEqualTo("/search?q=working+%26+%22alliance%22&topic=concepts");
		assertThat(request.withTopic(null).onPage(1).url()).isEqualTo("/search?q=working+%26+%22alliance%22&kind=article");
	}

}
