package org.psychodynamiclibrary.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psychodynamiclibrary.chart.FindingRow;
import org.psychodynamiclibrary.chart.FindingsTable;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.ArticleEntry;
import org.psychodynamiclibrary.model.ArticleRepository;
import org.psychodynamiclibrary.model.Finding;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every finding the library holds as data, grouped by condition in the order of the conditions topic, each group
 * drawn as a forest plot beside its table.
 */
@Controller
class EvidenceController {

	private final SourceRepository sources;

	private final ArticleRepository articles;

	EvidenceController(SourceRepository sources, ArticleRepository articles) {
		this.sources = sources;
		this.articles = articles;
	}

	@GetMapping("/evidence")
	@Transactional(readOnly = true)
	String index(Model model) {
		Map<String, List<FindingRow>> byCondition = new LinkedHashMap<>();
		for (Source source : this.sources.findDistinctByFindingsIsNotEmpty()) {
			for (Finding finding : source.getFindings()) {
				byCondition.computeIfAbsent(finding.condition(), (condition) -> new ArrayList<>())
					.add(new FindingRow(finding, source.getKey(), source.getShortLabel()));
			}
		}
		List<ArticleEntry> conditions = this.articles.findByTopicSlugOrderByPosition("conditions");
		List<ConditionFindings> groups = byCondition.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, List<FindingRow>> entry) -> position(conditions, entry.getKey())))
			.map((entry) -> group(entry.getKey(), article(conditions, entry.getKey()), entry.getValue()))
			.toList();
		model.addAttribute("groups", groups);
		model.addAttribute("total", byCondition.values().stream().mapToInt(List::size).sum());
		model.addAttribute("sourceCount", byCondition.values().stream().flatMap(List::stream)
			.map(FindingRow::sourceKey).distinct().count());
		return "evidence/index";
	}

	/** The article about a condition: from the conditions topic, or any article of that name; none for "mixed". */
	private ArticleEntry article(List<ArticleEntry> conditions, String condition) {
		if (condition.equals(Finding.MIXED)) {
			return null;
		}
		return conditions.stream()
			.filter((entry) -> entry.slug().equals(condition))
			.findFirst()
			.or(() -> this.articles.findBySlug(condition).map(Article::entry))
			.orElse(null);
	}

	private static ConditionFindings group(String condition, ArticleEntry article, List<FindingRow> rows) {
		String title = (article != null) ? article.title() : "Several conditions together";
		List<FindingRow> sorted = rows.stream()
			.sorted(Comparator.comparing((FindingRow row) -> row.finding().comparison())
				.thenComparing(FindingRow::sourceLabel))
			.toList();
		return new ConditionFindings(condition, title, article, FindingsTable.html("findings-" + condition, title, sorted));
	}

	/** Conditions in the order of their topic, then any other article, then several conditions together. */
	private static int position(List<ArticleEntry> conditions, String condition) {
		for (int i = 0; i < conditions.size(); i++) {
			if (conditions.get(i).slug().equals(condition)) {
				return i;
			}
		}
		return condition.equals(Finding.MIXED) ? Integer.MAX_VALUE : conditions.size();
	}

	/** The findings on one condition, with the article about it ({@code null} for several conditions together). */
	record ConditionFindings(String slug, String title, ArticleEntry article, String html) {
	}

}
