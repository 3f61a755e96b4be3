package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Marks the first use of each glossary term in each section of an article (a section starts at a level-two
 * heading), working on the parsed document: never in a heading, a link, code, a citation or a term the author
 * marked, and a term the author marked in a section counts as its first use there.
 */
final class GlossaryMarking extends DocumentPostProcessor {

	@SuppressWarnings("unchecked")
	private static final Class<? extends Node>[] NOT_IN = new Class[] { Heading.class, Link.class, LinkRef.class,
			Image.class, ImageRef.class, AutoLink.class, MailLink.class, Code.class, FencedCodeBlock.class,
			IndentedCodeBlock.class, HtmlInline.class, CitationNode.class, GlossaryTermNode.class };

	private final Glossary glossary;

	GlossaryMarking(Glossary glossary) {
		this.glossary = glossary;
	}

	@Override
	public Document processDocument(Document document) {
		List<List<Node>> sections = new ArrayList<>(List.of(new ArrayList<>()));
		for (Node node : document.getDescendants()) {
			if (node instanceof Heading heading && heading.getLevel() == 2) {
				sections.add(new ArrayList<>());
			}
			else if (node instanceof GlossaryTermNode
					|| (node instanceof Text && node.getAncestorOfType(NOT_IN) == null)) {
				sections.get(sections.size() - 1).add(node);
			}
		}
		for (List<Node> section : sections) {
			Set<String> used = new HashSet<>();
			for (Node node : section) {
				if (node instanceof GlossaryTermNode marked) {
					used.add(marked.slug());
				}
				else {
					mark((Text) node, used);
				}
			}
		}
		return document;
	}

	/** Splits a text node around the first use, in this section, of each term it holds. */
	private void mark(Text text, Set<String> used) {
		BasedSequence chars = text.getChars();
		int done = 0;
		for (Glossary.Found found : this.glossary.find(chars)) {
			if (!used.add(found.slug())) {
				continue;
			}
			if (found.start() > done) {
				text.insertBefore(new Text(chars.subSequence(done, found.start())));
			}
			BasedSequence words = chars.subSequence(found.start(), found.end());
			GlossaryTermNode term = new GlossaryTermNode(words, found.slug(), null);
			term.appendChild(new Text(words));
			text.insertBefore(term);
			done = found.end();
		}
		if (done == 0) {
			return;
		}
		if (done < chars.length()) {
			text.insertBefore(new Text(chars.subSequence(done)));
		}
		text.unlink();
	}

	static final class Factory extends DocumentPostProcessorFactory {

		private final Glossary glossary;

		Factory(Glossary glossary) {
			this.glossary = glossary;
		}

		@Override
		public DocumentPostProcessor apply(Document document) {
			return new GlossaryMarking(this.glossary);
		}

	}

}
