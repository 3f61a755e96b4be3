package org.psychodynamiclibrary.content;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A line {@code :::findings condition=depression} or {@code :::findings source=poulsen2014} in an article embeds
 * those findings, drawn as on the evidence page. Parsed as a block of its own; what it shows is rendered at import
 * by the function the reader gives, which also says what is wrong with a directive it cannot fill.
 */
final class FindingsDirective implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	static final Pattern SYNTAX = Pattern.compile(":::findings\\s+(condition|source)=([a-z0-9-]+)\\s*");

	private final Function<Request, Rendered> findings;

	/**
	 * @param findings the HTML for a request, or a problem when there are no such findings
	 */
	FindingsDirective(Function<Request, Rendered> findings) {
		this.findings = findings;
	}

	/** What a directive asks for: the findings on a condition, or of one source. */
	record Request(String by, String key) {
	}

	/** The HTML for a directive, or why it has none ({@code html} is then {@code null}). */
	record Rendered(String html, String problem) {
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder parser) {
		parser.customBlockParserFactory(new StartFactory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder renderer, String rendererType) {
		renderer.nodeRendererFactory((options) -> new Renderer());
	}

	/** The directive in the AST, with what it asks for ({@code null} when malformed) and its rendering. */
	static final class Node extends Block {

		private final Request request;

		private final Rendered rendered;

		Node(BasedSequence chars, Request request, Rendered rendered) {
			super(chars);
			this.request = request;
			this.rendered = rendered;
		}

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

		Request request() {
			return this.request;
		}

		/** What is wrong with the directive, or {@code null}. */
		String problem() {
			return this.rendered.problem();
		}

	}

	private final class LineParser extends AbstractBlockParser {

		private final Node node;

		LineParser(BasedSequence line) {
			Matcher matcher = SYNTAX.matcher(line);
			if (matcher.matches()) {
				Request request = new Request(matcher.group(1), matcher.group(2));
				this.node = new Node(line, request, FindingsDirective.this.findings.apply(request));
			}
			else {
				this.node = new Node(line, null, new Rendered(null, "malformed directive '" + line.toString().strip()
						+ "': write ':::findings condition=<article slug>' or ':::findings source=<key>' on a line of its own"));
			}
		}

		@Override
		public Block getBlock() {
			return this.node;
		}

		@Override
		public BlockContinue tryContinue(ParserState state) {
			return BlockContinue.none();
		}

		@Override
		public void closeBlock(ParserState state) {
		}

	}

	private final class StartFactory implements CustomBlockParserFactory {

		@Override
		public BlockParserFactory apply(DataHolder options) {
			return new AbstractBlockParserFactory(options) {

				@Override
				public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
					BasedSequence line = state.getLine();
					BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex()).trimEnd();
					if (state.getIndent() >= 4 || !rest.startsWith(":::findings")) {
						return BlockStart.none();
					}
					return BlockStart.of(new LineParser(rest)).atIndex(line.length());
				}

			};
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

	private static final class Renderer implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(Node.class, this::render));
		}

		private void render(Node node, NodeRendererContext context, HtmlWriter html) {
			if (node.rendered.html() != null) {
				html.raw(node.rendered.html());
			}
		}

	}

}
