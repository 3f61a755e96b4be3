package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.psychodynamiclibrary.content.CitationNode.CitedWork;

/**
 * Parses {@code [@...]} into a {@link CitationNode}. Code spans and code blocks never reach it, a backslash
 * ({@code \[@}) escapes it, and {@code [@text](url)} stays a link.
 */
final class CitationInlineParser implements InlineParserExtension {

	private static final Pattern ITEM = Pattern.compile("@([A-Za-z0-9_][A-Za-z0-9_:.-]*)(?:\\s*,\\s*(\\S.*))?",
			Pattern.DOTALL);

	private static final String SYNTAX = "write [@key], [@key, p. 101] or [@first; @second]";

	@Override
	public boolean parse(LightInlineParser inline) {
		if (inline.peek(1) != '@') {
			return false;
		}
		BasedSequence input = inline.getInput();
		int start = inline.getIndex();
		int end = closingBracket(input, start);
		if (end < 0) {
			BasedSequence opening = input.subSequence(start, start + 2);
			inline.flushTextNode();
			inline.appendNode(new CitationNode(opening, List.of(), "unclosed citation '" + firstLine(input, start)
					+ "': add the closing ']'; " + SYNTAX));
			inline.setIndex(start + 2);
			return true;
		}
		if (end + 1 < input.length() && (input.charAt(end + 1) == '(' || input.charAt(end + 1) == '[')) {
			return false;
		}
		BasedSequence chars = input.subSequence(start, end + 1);
		List<CitedWork> works = new ArrayList<>();
		String problem = null;
		for (String item : chars.subSequence(1, chars.length() - 1).toString().split(";", -1)) {
			Matcher matcher = ITEM.matcher(item.strip().replaceAll("\\s+", " "));
			if (!matcher.matches()) {
				problem = "malformed citation '" + chars + "': " + SYNTAX;
				break;
			}
			works.add(new CitedWork(matcher.group(1), matcher.group(2)));
		}
		inline.flushTextNode();
		inline.appendNode(new CitationNode(chars, (problem == null) ? works : List.of(), problem));
		inline.setIndex(end + 1);
		return true;
	}

	/** The index of the ']' that closes the citation, or -1; a '[' before it means it was never closed. */
	private static int closingBracket(BasedSequence input, int start) {
		for (int i = start + 2; i < input.length(); i++) {
			char c = input.charAt(i);
			if (c == ']') {
				return i;
			}
			if (c == '[' || (c == '\n' && i + 1 < input.length() && input.charAt(i + 1) == '\n')) {
				return -1;
			}
		}
		return -1;
	}

	private static String firstLine(BasedSequence input, int start) {
		String rest = input.subSequence(start).toString();
		int newline = rest.indexOf('\n');
		String line = (newline >= 0) ? rest.substring(0, newline) : rest;
		return (line.length() > 40) ? line.substring(0, 40) + "…" : line;
	}

	@Override
	public void finalizeDocument(InlineParser inlineParser) {
	}

	@Override
	public void finalizeBlock(InlineParser inlineParser) {
	}

	static final class Factory implements InlineParserExtensionFactory {

		@Override
		public CharSequence getCharacters() {
			return "[";
		}

		@Override
		public InlineParserExtension apply(LightInlineParser inlineParser) {
			return new CitationInlineParser();
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
		public boolean affectsGlobalScope() {
			return false;
		}

	}

}
