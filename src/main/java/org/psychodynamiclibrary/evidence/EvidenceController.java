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

	static final String MIXED = "mixed";

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
		List<String> order = this.articles.findByTopicSlugOrderByPosition("conditions")
			.stream()
			.map(ArticleEntry::slug)
			.toList();
		List<ConditionFindings> groups = new ArrayList<>();
		byCondition.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, List<FindingRow>> entry) -> position(order, entry.getKey())))
			.forEach((entry) -> groups.add(group(entry.getKey(), entry.getValue())));
		model.addAttribute("groups", groups);
		model.addAttribute("total", byCondition.values().stream().mapToInt(List::size).sum());
		model.addAttribute("sourceCount", byCondition.values().stream().flatMap(List::stream)
			.map(FindingRow::sourceKey).distinct().count());
		return "evidence/index";
	}

	private ConditionFindings group(String condition, List<FindingRow> rows) {
		ArticleEntry article = condition.equals(MIXED) ? null
				: this.articles.findBySlug(condition).map(Article::entry).orElse(null);
		String title = (article != null) ? article.title() : "Several conditions together";
		List<FindingRow> sorted = rows.stream()
			.sorted(Comparator.comparing((FindingRow row) -> row.finding().comparison())
				.thenComparing(FindingRow::sourceLabel))
			.toList();
		return new ConditionFindings(condition, title, article, FindingsTable.html("findings-" + condition, title, sorted));
	}

	private static int position(List<String> order, String condition) {
		int position = order.indexOf(condition);
		return (position >= 0) ? position : condition.equals(MIXED) ? Integer.MAX_VALUE : order.size();
	}

	/** The findings on one condition, with the article about it ({@code null} for several conditions together). */
	record ConditionFindings(String slug, String title, ArticleEntry article, String html) {
	}

}
