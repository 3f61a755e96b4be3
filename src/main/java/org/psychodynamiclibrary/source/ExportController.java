package org.psychodynamiclibrary.source;

import java.util.Comparator;
import java.util.List;

import org.psychodynamiclibrary.cite.Download;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads for reference managers: each source and the whole bibliography, as BibTeX, RIS and CSL-JSON.
 */
@Controller
class ExportController {

	private static final String BIBLIOGRAPHY = "psychodynamic-library";

	private final SourceRepository sources;

	ExportController(SourceRepository sources) {
		this.sources = sources;
	}

	@GetMapping("/sources/all.bib")
	ResponseEntity<String> allBibTex() {
		return Download.BIBTEX.of(all(), BIBLIOGRAPHY);
	}

	@GetMapping("/sources/all.ris")
	ResponseEntity<String> allRis() {
		return Download.RIS.of(all(), BIBLIOGRAPHY);
	}

	@GetMapping("/sources/all.json")
	ResponseEntity<String> allCslJson() {
		return Download.CSL_JSON.of(all(), BIBLIOGRAPHY);
	}

	@GetMapping("/sources/{key}/cite.bib")
	ResponseEntity<String> sourceBibTex(@PathVariable String key) {
		return Download.BIBTEX.of(one(key), key);
	}

	@GetMapping("/sources/{key}/cite.ris")
	ResponseEntity<String> sourceRis(@PathVariable String key) {
		return Download.RIS.of(one(key), key);
	}

	@GetMapping("/sources/{key}/cite.json")
	ResponseEntity<String> sourceCslJson(@PathVariable String key) {
		return Download.CSL_JSON.of(one(key), key);
	}

	private List<Source.Metadata> all() {
		return this.sources.findAll()
			.stream()
			.map(Source::metadata)
			.sorted(Comparator.comparing(Source.Metadata::key))
			.toList();
	}

	private List<Source.Metadata> one(String key) {
		return List.of(this.sources.findByKey(key).orElseThrow(() -> new SourceNotFoundException(key)).metadata());
	}

}
