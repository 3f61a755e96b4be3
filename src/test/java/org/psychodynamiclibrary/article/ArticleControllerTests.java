package org.psychodynamiclibrary.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.glossary.GlossaryIndex;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.ArticleRepository;
import org.psychodynamiclibrary.model.CitationRepository;
import org.psychodynamiclibrary.model.CiteThis;
import org.psychodynamiclibrary.model.TermUseRepository;
import org.psychodynamiclibrary.model.Topic;
import org.psychodynamiclibrary.topic.Navigation;
import org.psychodynamiclibrary.web.Site;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ArticleController.class)
@Import({ Site.class, Navigation.class, GlossaryIndex.class })
@EnableConfigurationProperties(LibraryProperties.class)
class ArticleControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ArticleRepository articles;

	@MockitoBean
	CitationRepository citations;

	@MockitoBean
	TermUseRepository termUses;

	@Test
	void showsTheStoredHtmlWithoutParsingMarkdown() {
		Topic topic = new Topic("concepts", "Concepts", "Ideas.", 2, "<p>i</p>");
		var metadata = new Article.Metadata("Attachment", "How early bonds shape us.", "concepts", 1, List.of(),
				List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 25), LocalDate.of(2029, 11, 25), null, null);
		given(this.articles.findBySlug("attachment")).willReturn(
				Optional.of(new Article("attachment", metadata, topic, List.of(), "<p>Stored **as is**</p>",
						new CiteThis("APA text", "MLA text", "Chicago text"))));

		assertThat(this.mvc.get().uri("/articles/attachment")).hasStatusOk()
			.hasViewName("articles/show")
			.bodyText()
			.contains("<title>Attachment | Psychodynamic Therapy Library</title>")
			.contains("<meta name=\"description\" content=\"How early bonds shape us.\">")
			.contains("<p>Stored **as is**</p>")
			.doesNotContain("On this page");
	}

	@Test
	void unknownSlugIsNotFound() {
		given(this.articles.findBySlug("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/articles/nope")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
