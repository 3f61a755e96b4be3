package org.psychodynamiclibrary.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psychodynamiclibrary.chart.FindingRow;
import org.psychodynamiclibrary.chart.FindingsTable;
import org.psychodynamiclibrary.model.Citation;
import org.psychodynamiclibrary.model.CitationRepository;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SourceController {

	private final SourceRepository sources;

	private final CitationRepository citations;

	SourceController(SourceRepository sources, CitationRepository citations) {
		this.sources = sources;
		this.citations = citations;
	}

	@GetMapping("/sources")
	String index(@RequestParam(defaultValue = "author") String group, Model model) {
		boolean byEvidence = "evidence".equals(group);
		List<Source> all = this.sources.findAll();
		model.addAttribute("byEvidence", byEvidence);
		model.addAttribute("total", all.size());
		model.addAttribute("bibliography",
				byEvidence ? Bibliography.byEvidence(all) : Bibliography.byAuthor(all));
		return "sources/index";
	}

	@GetMapping("/sources/{key}")
	String show(@PathVariable String key, Model model) {
		Source source = this.sources.findByKey(key).orElseThrow(() -> new SourceNotFoundException(key));
		model.addAttribute("source", source);
		List<FindingRow> findings = source.getFindings()
			.stream()
			.map((finding) -> new FindingRow(finding, key, source.getShortLabel()))
			.toList();
		model.addAttribute("findings",
				findings.isEmpty() ? null : FindingsTable.html("findings", source.getShortLabel(), findings));
		model.addAttribute("citedIn", citedIn(this.citations.findBySourceKeyOrderByPosition(key)));
		return "sources/show";
	}

	/** The citing pages, articles A–Z and then glossary entries A–Z, each with its uses in reading order. */
	private static List<CitedIn> citedIn(List<Citation> citations) {
		Map<String, List<Citation>> byPage = new LinkedHashMap<>();
		for (Citation citation : citations) {
			byPage.computeIfAbsent(citation.getPageUrl(), (url) -> new ArrayList<>()).add(citation);
		}
		return byPage.values()
			.stream()
			.sorted(Comparator.comparing((List<Citation> uses) -> uses.get(0).getArticle() == null)
				.thenComparing((uses) -> uses.get(0).getPageTitle(), String.CASE_INSENSITIVE_ORDER))
			.map((uses) -> new CitedIn(uses.get(0).getPageTitle(), uses.get(0).getPageUrl(), bySection(uses)))
			.toList();
	}

	private static List<CitingSection> bySection(List<Citation> citations) {
		Map<String, List<Citation>> sections = new LinkedHashMap<>();
		for (Citation citation : citations) {
			sections.computeIfAbsent(String.valueOf(citation.getSectionAnchor()), (anchor) -> new ArrayList<>())
				.add(citation);
		}
		return sections.values().stream().map(CitingSection::new).toList();
	}

	/** An article or glossary entry that cites the source, with every section where it does. */
	record CitedIn(String title, String url, List<CitingSection> sections) {
	}

	/** The uses of the source under one heading of an article, in reading order. */
	record CitingSection(List<Citation> citations) {

		public Citation first() {
			return this.citations.get(0);
		}

		public List<Citation> more() {
			return this.citations.subList(1, this.citations.size());
		}

	}

}
