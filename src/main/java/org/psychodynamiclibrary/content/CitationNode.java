package org.psychodynamiclibrary.content;

import java.util.List;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A Pandoc-style citation in the AST: {@code [@key]}, {@code [@key, p. 101]} or {@code [@a; @b]}. A malformed
 * one keeps its text and says what is wrong, so the reader can report it at its line.
 */
final class CitationNode extends Node {

	private final List<CitedWork> works;

	private final String problem;

	private List<Marker> markers = List.of();

	CitationNode(BasedSequence chars, List<CitedWork> works, String problem) {
		super(chars);
		this.works = List.copyOf(works);
		this.problem = problem;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

	List<CitedWork> works() {
		return this.works;
	}

	/** What is wrong with the syntax, or {@code null} when it is well formed. */
	String problem() {
		return this.problem;
	}

	/** Link text is the author's own words: a citation there is left as text. */
	boolean isInLinkText() {
		return getAncestorOfType(Link.class, Image.class, LinkRef.class) != null;
	}

	boolean isCitation() {
		return this.problem == null && !isInLinkText();
	}

	List<Marker> markers() {
		return this.markers;
	}

	void number(List<Marker> markers) {
		this.markers = List.copyOf(markers);
	}

	/** One work cited, with an optional locator such as "p. 101". */
	record CitedWork(String key, String locator) {
	}

	/** One numbered marker: the reference number and the unique id back-links return to. */
	record Marker(CitedWork work, int number, String letter) {

		String id() {
			return "cite-" + this.number + "-" + this.letter;
		}

	}

}
