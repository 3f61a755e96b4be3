package org.psychodynamiclibrary.glossary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.psychodynamiclibrary.content.LibraryLoaded;
import org.psychodynamiclibrary.content.Suggestions;
import org.psychodynamiclibrary.model.GlossaryTerm;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The glossary's terms and addresses, small data kept in memory for the page-not-found suggestions, which are
 * rendered where no repository is at hand.
 */
@Component
public class GlossaryIndex {

	private volatile List<Entry> entries = List.of();

	@EventListener
	void onLibraryLoaded(LibraryLoaded event) {
		this.entries = event.library()
			.glossary()
			.stream()
			.map((term) -> new Entry(term.slug(), term.term()))
			.sorted(Comparator.comparing(Entry::term, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The terms whose slug is nearest to the last part of a mistaken address. */
	public List<Entry> closestTo(String requestedPath) {
		Map<String, Entry> bySlug = this.entries.stream().collect(Collectors.toMap(Entry::slug, Function.identity()));
		return Suggestions.nearestToPath(requestedPath, bySlug.keySet().stream().sorted().toList(), 3)
			.stream()
			.map(bySlug::get)
			.toList();
	}

	/** A term as a suggestion lists it. */
	public record Entry(String slug, String term) {

		public String url() {
			return GlossaryTerm.url(this.slug);
		}

	}

}
