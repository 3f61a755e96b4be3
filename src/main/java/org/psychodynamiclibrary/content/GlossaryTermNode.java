package org.psychodynamiclibrary.content;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A glossary term marked in an article: found in the text at import, or asked for by the author with
 * {@code [[term]]} or {@code [[term|the words shown]]}. Its children are the words shown. An author's mark
 * whose term is unknown keeps its text and says what is wrong, so the reader can report it at its line.
 */
final class GlossaryTermNode extends Node {

	private final String slug;

	private final String problem;

	GlossaryTermNode(BasedSequence chars, String slug, String problem) {
		super(chars);
		this.slug = slug;
		this.problem = problem;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

	/** The term's slug, or {@code null} when the author named an unknown term. */
	String slug() {
		return this.slug;
	}

	String problem() {
		return this.problem;
	}

}
