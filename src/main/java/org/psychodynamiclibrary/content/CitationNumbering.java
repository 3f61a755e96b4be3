package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.psychodynamiclibrary.content.CitationNode.CitedWork;
import org.psychodynamiclibrary.content.CitationNode.Marker;

/**
 * Numbers the citations of a document in reading order: a work gets a number where it is first cited and
 * keeps it; each use of it gets the next letter (a, b, … z, aa, ab …) so every marker has its own id.
 */
final class CitationNumbering extends DocumentPostProcessor {

	@Override
	public Document processDocument(Document document) {
		Map<String, Integer> numbers = new LinkedHashMap<>();
		Map<String, Integer> uses = new HashMap<>();
		for (Node node : document.getDescendants()) {
			if (!(node instanceof CitationNode citation) || !citation.isCitation()) {
				continue;
			}
			List<Marker> markers = new ArrayList<>();
			for (CitedWork work : citation.works()) {
				int number = numbers.computeIfAbsent(work.key(), (key) -> numbers.size() + 1);
				int use = uses.merge(work.key(), 1, Integer::sum);
				markers.add(new Marker(work, number, letter(use)));
			}
			citation.number(markers);
		}
		return document;
	}

	/** 1 → a, 26 → z, 27 → aa. */
	static String letter(int use) {
		StringBuilder letters = new StringBuilder();
		for (int n = use; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('a' + (n - 1) % 26));
		}
		return letters.toString();
	}

	static final class Factory extends DocumentPostProcessorFactory {

		@Override
		public DocumentPostProcessor apply(Document document) {
			return new CitationNumbering();
		}

	}

}
