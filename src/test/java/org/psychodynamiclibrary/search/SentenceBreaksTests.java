package org.psychodynamiclibrary.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceBreaksTests {

	@Test
	void breaksAfterSentencesAndParagraphs() {
		assertThat(sentences("One. Two?  \"Three!\" Four\u2029Five e.g.x")).containsExactly("One. ", "Two?  ",
				"\"Three!\" ", "Four\u2029", "Five e.g.x");
	}

	@Test
	void movesLikeABreakIterator() {
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText("One. Two. Three.");
		assertThat(breaks.first()).isZero();
		assertThat(breaks.following(0)).isEqualTo(5);
		assertThat(breaks.following(5)).isEqualTo(10);
		assertThat(breaks.current()).isEqualTo(10);
		assertThat(breaks.preceding(10)).isEqualTo(5);
		assertThat(breaks.preceding(7)).isEqualTo(5);
		assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.following(16)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.last()).isEqualTo(16);
		assertThat(breaks.previous()).isEqualTo(10);
		assertThat(breaks.next(-2)).isZero();
		assertThat(breaks.isBoundary(5)).isTrue();
		assertThat(breaks.isBoundary(6)).isFalse();
	}

	@Test
	void emptyTextHasOneBoundary() {
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText("");
		assertThat(breaks.first()).isZero();
		assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
	}

	private static List<String> sentences(String text) {
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText(text);
		List<String> sentences = new ArrayList<>();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			sentences.add(text.substring(start, end));
		}
		return sentences;
	}

}
