package org.psychodynamiclibrary.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.psychodynamiclibrary.chart.FindingRow;
import org.psychodynamiclibrary.chart.FindingsTable;

/**
 * Fills an article's {@code :::findings} directive from every source's findings: those on a condition, or those
 * of one source, drawn as on the evidence page.
 */
final class EmbeddedFindings implements Function<FindingsDirective.Request, FindingsDirective.Rendered> {

	/** For a library with no findings: every directive is reported. */
	static final EmbeddedFindings NONE = new EmbeddedFindings(List.of());

	private final List<FindingRow> rows;

	EmbeddedFindings(Collection<Library.Source> sources) {
		this.rows = sources.stream()
			.flatMap((source) -> source.findings()
				.stream()
				.map((finding) -> new FindingRow(finding, source.key(), source.metadata().shortLabel())))
			.toList();
	}

	@Override
	public FindingsDirective.Rendered apply(FindingsDirective.Request request) {
		boolean byCondition = request.by().equals("condition");
		List<FindingRow> chosen = this.rows.stream()
			.filter((row) -> byCondition ? row.finding().condition().equals(request.key())
					: row.sourceKey().equals(request.key()))
			.sorted(Comparator.comparing((FindingRow row) -> row.finding().comparison())
				.thenComparing(FindingRow::sourceLabel))
			.toList();
		if (chosen.isEmpty()) {
			return new FindingsDirective.Rendered(null, "no findings are recorded for " + request.by() + " '"
					+ request.key() + "'; findings are listed under 'findings:' in content/sources/");
		}
		String title = byCondition ? heading(request.key()) : chosen.get(0).sourceLabel();
		return new FindingsDirective.Rendered(
				FindingsTable.html("findings-" + request.by() + "-" + request.key(), title, chosen), null);
	}

	/** "anxiety-disorders" reads "Anxiety disorders". */
	private static String heading(String slug) {
		String words = slug.replace('-', ' ');
		return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

}
