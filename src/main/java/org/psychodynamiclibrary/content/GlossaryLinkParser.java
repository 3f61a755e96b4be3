package org.psychodynamiclibrary.content;

import java.util.Locale;
import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Parses an author's mark {@code [[term]]} or {@code [[term|the words shown]]} into a {@link GlossaryTermNode}.
 * The term may be written as any of its names, in any case, or in the plural.
 */
final class GlossaryLinkParser implements InlineParserExtension {

	private final Glossary glossary;

	GlossaryLinkParser(Glossary glossary) {
		this.glossary = glossary;
	}

	@Override
	public boolean parse(LightInlineParser inline) {
		if (inline.peek(1) != '[') {
			return false;
		}
		BasedSequence input = inline.getInput();
		int start = inline.getIndex();
		int end = input.indexOf("]]", start + 2);
		int lineEnd = input.indexOf('\n', start);
		if (end < 0 || (lineEnd >= 0 && lineEnd < end)) {
			return false;
		}
		BasedSequence chars = input.subSequence(start, end + 2);
		BasedSequence inside = input.subSequence(start + 2, end);
		int bar = inside.indexOf('|');
		String name = ((bar < 0) ? inside : inside.subSequence(0, bar)).toString().strip();
		BasedSequence shown = ((bar < 0) ? inside : inside.subSequence(bar + 1)).trim();
		String slug = this.glossary.slugFor(name).orElse(null);
		String problem = (slug != null || name.isEmpty()) ? null : "unknown glossary term '" + name + "' in '" + chars
				+ "'" + Suggestions.didYouMean(name.toLowerCase(Locale.ROOT), this.glossary.names())
				+ "; terms are the files in content/glossary/ and their aliases";
		if (name.isEmpty()) {
			problem = "empty glossary mark '" + chars + "': write [[term]] or [[term|the words shown]]";
		}
		inline.flushTextNode();
		GlossaryTermNode node = new GlossaryTermNode(chars, slug, problem);
		node.appendChild(new Text(shown.isEmpty() ? inside : shown));
		inline.appendNode(node);
		inline.setIndex(end + 2);
		return true;
	}

	@Override
	public void finalizeDocument(InlineParser inlineParser) {
	}

	@Override
	public void finalizeBlock(InlineParser inlineParser) {
	}

	static final class Factory implements InlineParserExtensionFactory {

		private final Glossary glossary;

		Factory(Glossary glossary) {
			this.glossary = glossary;
		}

		@Override
		public CharSequence getCharacters() {
			return "[";
		}

		@Override
		public Set<Class<?>> getAfterDependents() {
			return null;
		}

		@Override
		public Set<Class<?>> getBeforeDependents() {
			return null;
		}

		@Override
		public InlineParserExtension apply(LightInlineParser inlineParser) {
			return new GlossaryLinkParser(this.glossary);
		}

		@Override
		public boolean affectsGlobalScope() {
			return false;
		}

	}

}
