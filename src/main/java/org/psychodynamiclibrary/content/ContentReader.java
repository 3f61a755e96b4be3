package org.psychodynamiclibrary.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.cite.CitableArticle;
import org.psychodynamiclibrary.cite.CitationFormatter;
import org.psychodynamiclibrary.content.MarkdownRenderer.RenderedMarkdown;
import org.psychodynamiclibrary.content.MarkdownRenderer.TermMark;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.Finding;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.Verification;

/**
 * Reads a content folder into the {@link Library}, checking every file and every cross-reference. Problems go
 * to the report; nothing here touches the database, so {@code --validate} can use it alone.
 */
public final class ContentReader {

	private static final Set<String> TOPIC_KEYS = Set.of("title", "summary", "order");

	private static final Set<String> ARTICLE_KEYS = Set.of("title", "summary", "topic", "order", "tags", "related",
			"first_published", "last_reviewed", "next_review", "author", "reviewer", "mark_terms");

	private final MarkdownRenderer markdown;

	private final CitationFormatter formatter;

	private final String baseUrl;

	private final ContentReport report = new ContentReport();

	/**
	 * @param baseUrl the site's public address, for the URL in "Cite this article"
	 */
	public ContentReader(MarkdownRenderer markdown, CitationFormatter formatter, String baseUrl) {
		this.markdown = markdown;
		this.formatter = formatter;
		this.baseUrl = baseUrl;
	}

	/**
	 * Reads the configured content folder, or stops with every error found.
	 * @throws InvalidContentException listing every error, when there is one
	 */
	public static Library readValid(LibraryProperties properties) {
		ContentReader reader = new ContentReader(new MarkdownRenderer(), new CitationFormatter(), properties.baseUrl());
		Library library = reader.read(properties.contentDir().toAbsolutePath().normalize());
		if (reader.report.hasErrors()) {
			throw new InvalidContentException(reader.report.errors());
		}
		return library;
	}

	public ContentReport report() {
		return this.report;
	}

	/** What the folder holds, as far as it could be read; the report says what is wrong. */
	public Library read(Path root) {
		if (!Files.isDirectory(root)) {
			this.report.error(root, 1, "content folder not found; set library.content-dir to a folder with topics/, articles/ and sources/");
			return new Library(List.of(), List.of(), List.of(), List.of());
		}
		Map<String, Library.Topic> topics = new LinkedHashMap<>();
		for (ContentFile file : files(root.resolve("topics"))) {
			readTopic(file).ifPresent((topic) -> topics.put(topic.slug(), topic));
		}
		List<ContentFile> sourceFiles = files(root.resolve("sources"));
		List<ContentFile> articleFiles = files(root.resolve("articles"));
		List<ContentFile> glossaryFiles = Files.isDirectory(root.resolve("glossary")) ? files(root.resolve("glossary"))
				: List.of();
		InternalLinks links = new InternalLinks(topics.keySet(), articleFiles.stream().map(ContentFile::slug).toList(),
				sourceFiles.stream().map(ContentFile::slug).toList(),
				glossaryFiles.stream().map(ContentFile::slug).toList());
		Map<String, Library.Source> sources = new LinkedHashMap<>();
		Map<String, Path> sourcePaths = new HashMap<>();
		for (ContentFile file : sourceFiles) {
			readSource(file, links).ifPresent((source) -> sources.put(source.key(), source));
			sourcePaths.put(file.slug(), file.path());
		}
		Map<String, String> labels = new HashMap<>();
		sources.values().forEach((source) -> labels.put(source.key(), source.metadata().shortLabel()));
		CitationResolver citations = new CitationResolver(MarkdownRenderer.withCitations(labels), sources,
				sourcePaths.keySet(), this.report);
		GlossaryReader glossaryReader = new GlossaryReader(this.report);
		glossaryFiles.forEach(glossaryReader::read);
		List<GlossaryReader.Entry> entries = glossaryReader.entries(links.articleSlugs());
		List<Library.Term> glossary = new ArrayList<>();
		for (GlossaryReader.Entry entry : entries) {
			readTerm(entry, links, citations).ifPresent(glossary::add);
		}
		Glossary terms = new Glossary(entries.stream().map(GlossaryReader.Entry::names).toList());
		EmbeddedFindings findings = new EmbeddedFindings(sources.values());
		ArticleRenderers renderers = new ArticleRenderers(MarkdownRenderer.forArticles(labels, terms, true, findings),
				MarkdownRenderer.forArticles(labels, terms, false, findings));
		List<Library.Article> articles = new ArrayList<>();
		for (ContentFile file : articleFiles) {
			readArticle(file, topics, links, citations, renderers).ifPresent(articles::add);
		}
		for (String key : sourcePaths.keySet().stream().sorted().toList()) {
			boolean keptForTheRecord = sources.containsKey(key)
					&& sources.get(key).verification() == Verification.SEED_ONLY;
			if (!citations.isCited(key) && !keptForTheRecord) {
				this.report.warning(sourcePaths.get(key), 1, "source '" + key + "' is not cited by any article or glossary entry;"
						+ " cite it with [@" + key + "] or remove the file");
			}
		}
		return new Library(List.copyOf(topics.values()), articles, List.copyOf(sources.values()), glossary,
				this.report.warnings());
	}

	private Optional<Library.Term> readTerm(GlossaryReader.Entry entry, InternalLinks links,
			CitationResolver citations) {
		ContentFile file = entry.file();
		return renderBody(file, links, citations.markdown())
			.map((body) -> new Library.Term(file.slug(), entry.term(), entry.aliases(), entry.summary(),
					List.copyOf(entry.seeAlso().keySet()), entry.article(), body.html(), citations.resolve(file, body)));
	}

	private Optional<Library.Source> readSource(ContentFile file, InternalLinks links) {
		Optional<Source.Metadata> metadata = SourceReader.read(file);
		Optional<RenderedMarkdown> annotation = renderBody(file, links, this.markdown);
		if (metadata.isEmpty() || annotation.isEmpty()) {
			return Optional.empty();
		}
		List<Finding> findings = new FindingsReader(file.frontMatter(), links.articleSlugs()).read();
		return Optional.of(new Library.Source(metadata.get(), annotation.get().html(),
				this.formatter.apa(metadata.get()), SourceReader.verification(file).orElse(null), findings));
	}

	private List<ContentFile> files(Path folder) {
		if (!Files.isDirectory(folder)) {
			this.report.error(folder, 1, "folder missing: create it (it holds one .md file per entry)");
			return List.of();
		}
		List<ContentFile> files = new ArrayList<>();
		Map<String, Path> seen = new HashMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				if (path.getFileName().toString().startsWith(".")) {
					continue;
				}
				Optional<ContentFile> file = ContentFile.read(path, this.report);
				if (file.isEmpty()) {
					continue;
				}
				Path earlier = seen.putIfAbsent(file.get().slug(), path);
				if (earlier != null) {
					this.report.error(path, 1, "duplicate slug '" + file.get().slug() + "': " + earlier
							+ " has the same name; rename one of them");
					continue;
				}
				files.add(file.get());
			}
		}
		catch (IOException ex) {
			this.report.error(folder, 1, "cannot be read: " + ex.getMessage());
		}
		return files;
	}

	private Optional<Library.Topic> readTopic(ContentFile file) {
		FrontMatter meta = file.frontMatter();
		meta.rejectUnknownKeys(TOPIC_KEYS);
		String title = meta.requiredString("title");
		String summary = meta.requiredString("summary");
		int order = meta.requiredInteger("order");
		Optional<RenderedMarkdown> body = renderBody(file, null, this.markdown);
		return body.map((rendered) -> new Library.Topic(file.slug(), title, summary, order, rendered.html()));
	}

	private Optional<Library.Article> readArticle(ContentFile file, Map<String, Library.Topic> topics,
			InternalLinks links, CitationResolver citations, ArticleRenderers renderers) {
		FrontMatter meta = file.frontMatter();
		meta.rejectUnknownKeys(ARTICLE_KEYS);
		String title = meta.requiredString("title");
		String summary = meta.requiredString("summary");
		String topicSlug = meta.requiredString("topic");
		int order = meta.requiredInteger("order");
		List<String> tags = meta.stringList("tags");
		List<String> related = meta.stringList("related");
		LocalDate firstPublished = meta.requiredDate("first_published").orElse(null);
		LocalDate lastReviewed = meta.requiredDate("last_reviewed").orElse(null);
		LocalDate nextReview = meta.requiredDate("next_review").orElse(null);
		String author = meta.optionalString("author").orElse(null);
		String reviewer = meta.optionalString("reviewer").orElse(null);
		String markTerms = meta.optionalString("mark_terms").orElse("true");
		if (!markTerms.equals("true") && !markTerms.equals("false")) {
			meta.error(meta.line("mark_terms"), "'mark_terms' is true or false, not '" + markTerms + "'");
		}
		Library.Topic topic = topics.get(topicSlug);
		if (topic == null && !topicSlug.isEmpty()) {
			meta.error(meta.line("topic"), "unknown topic '" + topicSlug + "'"
					+ Suggestions.didYouMean(topicSlug, topics.keySet()) + "; topics are the files in content/topics/");
		}
		if (lastReviewed != null && nextReview != null && nextReview.isBefore(lastReviewed)) {
			meta.error(meta.line("next_review"), "next_review " + nextReview + " is before last_reviewed "
					+ lastReviewed + "; set it after the last review (usually three years on)");
		}
		if (firstPublished != null && lastReviewed != null && lastReviewed.isBefore(firstPublished)) {
			meta.error(meta.line("last_reviewed"), "last_reviewed " + lastReviewed + " is before first_published "
					+ firstPublished);
		}
		for (String slug : related) {
			if (!links.isArticle(slug)) {
				meta.error(meta.line("related"), "unknown related article '" + slug + "'"
						+ Suggestions.didYouMean(slug, links.articleSlugs()));
			}
		}
		Optional<RenderedMarkdown> body = renderBody(file, links,
				markTerms.equals("false") ? renderers.authorMarksOnly() : renderers.marking());
		if (body.isEmpty() || topic == null || lastReviewed == null) {
			return Optional.empty();
		}
		for (MarkdownRenderer.CitationProblem problem : body.get().directiveProblems()) {
			this.report.error(file.path(), file.fileLine(problem.line()), problem.message());
		}
		List<Library.TermUse> terms = new ArrayList<>();
		for (TermMark mark : body.get().terms()) {
			if (mark.problem() != null) {
				this.report.error(file.path(), file.fileLine(mark.line()), mark.problem());
			}
			else {
				terms.add(new Library.TermUse(mark.slug(), mark.section()));
			}
		}
		var metadata = new Article.Metadata(title, summary, topicSlug, order, tags, related, firstPublished,
				lastReviewed, nextReview, author, reviewer);
		var citeThis = this.formatter
			.citeThis(CitableArticle.of(file.slug(), title, author, lastReviewed, this.baseUrl));
		return Optional.of(new Library.Article(file.slug(), metadata, body.get().sections(), body.get().html(),
				citeThis, citations.resolve(file, body.get()), terms));
	}

	/**
	 * The two renderers of article bodies: one that marks glossary terms at their first use in each section, and
	 * one for articles whose front matter says {@code mark_terms: false}, which marks only the author's
	 * {@code [[term]]}s.
	 */
	private record ArticleRenderers(MarkdownRenderer marking, MarkdownRenderer authorMarksOnly) {
	}

	private Optional<RenderedMarkdown> renderBody(ContentFile file, InternalLinks links, MarkdownRenderer markdown) {
		if (file.body().isBlank()) {
			this.report.error(file.path(), file.bodyLine(), "empty body: write the text below the closing '---'");
			return Optional.empty();
		}
		RenderedMarkdown rendered = markdown.render(file.body());
		for (int line : rendered.topLevelHeadingLines()) {
			this.report.error(file.path(), file.fileLine(line),
					"level-one heading ('# '): the title is the page's only h1; use '## ' for sections");
		}
		if (links != null) {
			for (var link : rendered.links()) {
				links.check(link.url())
					.ifPresent((problem) -> this.report.error(file.path(), file.fileLine(link.line()), problem));
			}
		}
		return Optional.of(rendered);
	}

}
