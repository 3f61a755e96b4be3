package org.psychodynamiclibrary.content;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.MarkdownRenderer.LinkReference;
import org.psychodynamiclibrary.content.MarkdownRenderer.RenderedMarkdown;
import org.psychodynamiclibrary.model.Section;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void headingsGetUniqueIdsAndNoEmptyAnchorLinks() {
		RenderedMarkdown rendered = this.renderer.render("## Key points\n\ntext\n\n## Key points\n");
		assertThat(rendered.html()).isEqualTo("<h2 id=\"key-points\">Key points</h2>\n<p>text</p>\n"
				+ "<h2 id=\"key-points-1\">Key points</h2>\n");
		assertThat(rendered.sections()).containsExactly(new Section("key-points", "Key points"),
				new Section("key-points-1", "Key points"));
	}

	@Test
	void sectionTitlesReadAsTheHeadingsDo() {
		RenderedMarkdown rendered = this.renderer
			.render("## What \"brief\" means\n\n## Mann's *time-limited* `model` &amp; more\n");
		assertThat(rendered.sections()).extracting(Section::title)
			.containsExactly("What \u201cbrief\u201d means", "Mann\u2019s time-limited model & more");
	}

	@Test
	void rawHtmlIsEscapedNotRendered() {
		assertThat(this.renderer.render("Hello <script>alert(1)</script>\n").html())
			.isEqualTo("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
		assertThat(this.renderer.render("<div onclick=\"x()\">block</div>\n").html())
			.doesNotContain("<div");
	}

	@Test
	void quotesAndDashesAreTypographic() {
		assertThat(this.renderer.render("\"Deep\" work -- and more...\n").html())
			.isEqualTo("<p>&ldquo;Deep&rdquo; work &ndash; and more&hellip;</p>\n");
	}

	@Test
	void tablesAndAutolinksRender() {
		String html = this.renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n\nSee https://example.org now.\n").html();
		assertThat(html).contains("<table class=\"table\">").contains("<td>1</td>")
			.contains("<a href=\"https://example.org\">https://example.org</a>");
	}

	@Test
	void linksAreCollectedWithTheirLines() {
		RenderedMarkdown rendered = this.renderer.render("Intro\n\nSee [transference](/articles/transference).\n");
		assertThat(rendered.links()).containsExactly(new LinkReference("/articles/transference", 3));
	}

	@Test
	void levelOneHeadingsAreReportedSoThePageKeepsOneH1() {
		assertThat(this.renderer.render("text\n\n# Title\n").topLevelHeadingLines()).containsExactly(3);
	}

}
