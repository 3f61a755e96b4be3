package org.psychodynamiclibrary.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.psychodynamiclibrary.cite.CitationFormatter;
import org.psychodynamiclibrary.content.ContentReader;
import org.psychodynamiclibrary.content.Library;
import org.psychodynamiclibrary.content.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search speed, measured rather than asserted: index build time and query latency (p50/p95 over a few hundred
 * mixed queries, snippets and counts included) for the shipped content and for 10,000 synthetic articles.
 * Skipped unless run on purpose:
 *
 * <pre>./mvnw test -Dtest=SearchBenchmark -Dbenchmark=search</pre>
 *
 * The figures are printed and written to {@code target/search-benchmark.txt}. CPU times are given next to
 * wall-clock times because on a busy machine the two differ: the load average is printed too.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "search")
class SearchBenchmark {

	private static final int SYNTHETIC_ARTICLES = 10_000;

	private static final int WARM_UP_ROUNDS = 3;

	/** Each query is timed this many times; its latency is the median, so a pause for another process or a
	 * garbage collection does not count as the query's own time. */
	private static final int MEASURED_ROUNDS = 5;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private final StringBuilder report = new StringBuilder();

	@Test
	void measure() throws Exception {
		List<String> queries = queries(new Random(7));
		line("Search benchmark: %d CPUs (load average %.1f at the start), max heap %d MB, %d queries (words, phrases, "
				+ "typos, synonyms, spellings, questions, nonsense, filters, page 2)",
				Runtime.getRuntime().availableProcessors(), PROCESS.getSystemLoadAverage(),
				Runtime.getRuntime().maxMemory() >> 20, queries.size());

		Library content = new ContentReader(new MarkdownRenderer(), new CitationFormatter(), "http://localhost:8080")
			.read(Path.of("content"));
		List<SearchDocument> shipped = SearchDocuments.of(content);
		assertThat(shipped).as("shipped content").isNotEmpty();
		run("shipped content", shipped, queries);

		long generating = System.nanoTime();
		List<SearchDocument> synthetic = new SyntheticLibrary(42).articles(SYNTHETIC_ARTICLES);
		line("generated %d synthetic articles (%.0f words each on average) in %d ms", synthetic.size(),
				synthetic.stream().mapToInt((document) -> document.body().split("\\s+").length).average().orElse(0),
				millis(generating));
		run("synthetic library", synthetic, queries);

		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/search-benchmark.txt"), this.report);
	}

	private void run(String name, List<SearchDocument> documents, List<String> queries) {
		System.gc();
		long building = System.nanoTime();
		long buildingCpu = PROCESS.getProcessCpuTime();
		SearchIndex index = SearchFixtures.index(documents);
		long build = millis(building);
		long buildCpu = (PROCESS.getProcessCpuTime() - buildingCpu) / 1_000_000;
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			queries.forEach((query) -> search(index, query));
		}
		double[] latencies = new double[queries.size()];
		double[] cpu = new double[queries.size()];
		Integer[] slowest = new Integer[queries.size()];
		int found = 0;
		for (int i = 0; i < queries.size(); i++) {
			double[] wall = new double[MEASURED_ROUNDS];
			double[] busy = new double[MEASURED_ROUNDS];
			for (int round = 0; round < MEASURED_ROUNDS; round++) {
				long started = System.nanoTime();
				long startedCpu = THREADS.getCurrentThreadCpuTime();
				SearchResults results = search(index, queries.get(i));
				wall[round] = (System.nanoTime() - started) / 1e6;
				busy[round] = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e6;
				found += (round == 0 && results.total() > 0) ? 1 : 0;
			}
			latencies[i] = median(wall);
			cpu[i] = median(busy);
			slowest[i] = i;
		}
		Arrays.sort(slowest, Comparator.comparingDouble((Integer i) -> latencies[i]).reversed());
		String slow = Arrays.stream(slowest, 0, 5)
			.map((i) -> String.format(Locale.ROOT, "%s (%.1f ms)", queries.get(i), latencies[i]))
			.collect(Collectors.joining(", "));
		Arrays.sort(latencies);
		Arrays.sort(cpu);
		line("%s: %d pages; index built in %d ms (%d ms of CPU time); query p50 %.1f ms, p95 %.1f ms, max %.1f ms "
				+ "(CPU time p50 %.1f ms, p95 %.1f ms; each query's median of %d runs); %d of %d queries found "
				+ "something", name, documents.size(),
				build, buildCpu, percentile(latencies, 50), percentile(latencies, 95),
				latencies[latencies.length - 1], percentile(cpu, 50), percentile(cpu, 95), MEASURED_ROUNDS, found,
				queries.size());
		line("  slowest: %s", slow);
	}

	private static SearchResults search(SearchIndex index, String query) {
		String[] parts = query.split("\\|", -1);
		return index.search(SearchRequest.of(parts[0], part(parts, 1), part(parts, 2), part(parts, 3)));
	}

	private static String part(String[] parts, int index) {
		return (parts.length > index && !parts[index].isEmpty()) ? parts[index] : null;
	}

	/** Queries as {@code text|topic|kind|page}. */
	static List<String> queries(Random random) {
		SyntheticLibrary words = new SyntheticLibrary(random.nextLong());
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			queries.add(words.pick(random.nextBoolean() ? SyntheticLibrary.CONCEPTS : SyntheticLibrary.CONDITIONS));
		}
		for (int i = 0; i < 50; i++) {
			queries.add(words.pick(SyntheticLibrary.CONCEPTS) + " " + words.pick(SyntheticLibrary.CONDITIONS));
		}
		for (int i = 0; i < 30; i++) {
			queries.add("\"" + words.pick(SyntheticLibrary.THERAPIES) + "\"");
		}
		for (int i = 0; i < 40; i++) {
			queries.add(typo(words.pick(SyntheticLibrary.CONCEPTS), random));
		}
		for (String synonym : new String[] { "CBT", "STPP", "PTSD", "BPD", "alliance", "working alliance",
				"psychoanalytic psychotherapy", "subconscious", "low mood", "RCT", "talk therapy", "MBT", "GP",
				"meta-analysis", "counter-transference" }) {
			queries.add(synonym);
			queries.add(synonym.toLowerCase(Locale.ROOT) + " " + words.pick(SyntheticLibrary.WORDS));
		}
		for (String spelling : new String[] { "behaviour", "behavior", "defence", "defense", "analyse", "analyze",
				"organisation", "randomised", "counselling", "sceptical" }) {
			queries.add(spelling);
			queries.add(spelling + " " + words.pick(SyntheticLibrary.CONCEPTS));
		}
		for (int i = 0; i < 25; i++) {
			queries.add("how does " + words.pick(SyntheticLibrary.THERAPIES) + " help with "
					+ words.pick(SyntheticLibrary.CONDITIONS) + "?");
		}
		for (String nonsense : new String[] { "xylophone", "qwertyuiop", "zzzz", "trnasferecne", "psychodinamyc",
				"frued", "melancholia xylophone", "\"dreams of electric sheep\"", "AND (", "*", "精神分析",
				"the of and" }) {
			queries.add(nonsense);
		}
		for (int i = 0; i < 20; i++) {
			String word = words.pick(SyntheticLibrary.CONCEPTS);
			queries.add(word + "|" + SyntheticLibrary.TOPICS[i % SyntheticLibrary.TOPICS.length] + "||");
			queries.add(word + "||article|2");
		}
		return queries;
	}

	private static String typo(String phrase, Random random) {
		String word = phrase.replace("the ", "");
		int at = 1 + random.nextInt(word.length() - 2);
		return (random.nextBoolean()) ? word.substring(0, at) + word.substring(at + 1)
				: word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double percentile(double[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)];
	}

	private static long millis(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	private void line(String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println(line);
		this.report.append(line).append('\n');
	}

}
