package org.psychodynamiclibrary.cite;

import java.util.List;
import java.util.stream.Collectors;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.psychodynamiclibrary.model.Source;

/**
 * Writes sources as CSL-JSON, the format Zotero and Pandoc read natively: the same CSL items the reference
 * formatter uses, serialised by citeproc-java.
 */
final class CslJsonExport {

	private CslJsonExport() {
	}

	static String write(List<Source.Metadata> sources) {
		StringJsonBuilderFactory json = new StringJsonBuilderFactory();
		return sources.stream()
			.map((source) -> CitationFormatter.item(source).toJson(json.createJsonBuilder()).toString())
			.collect(Collectors.joining(",\n", "[\n", "\n]\n"));
	}

}
