package org.psychodynamiclibrary.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.psychodynamiclibrary.search.SearchDocument.Kind;

/**
 * A made-up library for the search benchmark: articles written from the subject's own vocabulary (concepts,
 * conditions, people, research words, British and American spellings), about as long as the real ones
 * (five sections, roughly 800 words). The same seed always gives the same library.
 */
final class SyntheticLibrary {

	static final String[] TOPICS = { "start-here", "concepts", "techniques", "benefits", "limitations" };

	static final String[] CONCEPTS = { "transference", "countertransference", "the unconscious", "defence mechanisms",
			"defense mechanisms", "attachment", "insight", "free association", "resistance", "the working alliance",
			"the therapeutic relationship", "mentalization", "projection", "denial", "repression", "dreams",
			"childhood experiences", "core conflictual relationship themes", "emotional insight", "interpretation",
			"early relationships", "repeating patterns", "self-esteem", "grief", "shame", "anger", "guilt" };

	static final String[] CONDITIONS = { "depression", "anxiety", "panic", "borderline personality disorder",
			"personality disorders", "PTSD", "trauma", "eating disorders", "substance use", "low mood",
			"somatic symptoms", "relationship difficulties", "stress" };

	static final String[] THERAPIES = { "psychodynamic therapy", "psychodynamic psychotherapy",
			"psychoanalytic psychotherapy", "psychoanalysis", "short-term psychodynamic psychotherapy", "STPP",
			"cognitive behavioural therapy", "cognitive behavioral therapy", "CBT", "mentalization-based treatment",
			"supportive-expressive therapy", "time-limited dynamic psychotherapy", "talking therapy" };

	static final String[] PEOPLE = { "the therapist", "therapists", "the client", "clients", "the patient",
			"patients", "the analyst", "a psychotherapist", "many people", "some readers", "researchers" };

	static final String[] VERBS = { "notices", "explores", "talks about", "works through", "understands", "links",
			"reflects on", "makes sense of", "analyses", "analyzes", "recognises", "recognizes", "names", "revisits" };

	static final String[] QUALITIES = { "slowly", "over time", "in sessions", "with care", "in the here and now",
			"between sessions", "after therapy ends", "in everyday life", "at the start", "week by week" };

	static final String[] EVIDENCE = { "a meta-analysis", "randomised controlled trials", "randomized trials",
			"a systematic review", "a Cochrane review", "follow-up studies", "an umbrella review", "effect sizes",
			"small studies", "naturalistic studies" };

	static final String[] FINDINGS = { "found lasting gains", "reported mixed results", "found no clear winner",
			"suggested benefits grew after treatment", "found moderate effects", "were criticised for bias",
			"were criticized for small samples", "found similar outcomes to other therapies" };

	static final String[] WORDS = { "behaviour", "behavior", "feelings", "emotions", "memories", "wishes", "conflicts",
			"patterns", "relationships", "colour", "organisation", "organization", "centre", "programme",
			"practise", "practice", "judgement", "sceptical", "skeptical", "counselling", "counseling" };

	private final Random random;

	SyntheticLibrary(long seed) {
		this.random = new Random(seed);
	}

	List<SearchDocument> articles(int count) {
		List<SearchDocument> documents = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String subject = pick(CONCEPTS);
			String other = pick(this.random.nextBoolean() ? CONDITIONS : THERAPIES);
			String title = title(subject, other) + " (" + (i + 1) + ")";
			String topic = TOPICS[i % TOPICS.length];
			List<String> headings = List.of("Key points", "What " + subject + " means", subject + " and " + other,
					"What the research says", "When " + pick(THERAPIES) + " may not help");
			StringBuilder body = new StringBuilder();
			for (int section = 0; section < headings.size(); section++) {
				for (int paragraph = 0; paragraph < 3; paragraph++) {
					for (int sentence = 0; sentence < 4; sentence++) {
						body.append(sentence(subject, other)).append(' ');
					}
					body.append('\n');
				}
			}
			documents.add(new SearchDocument(Kind.ARTICLE, "/articles/synthetic-" + (i + 1), title, topic, topic,
					String.join("\n", headings), "How " + subject + " relates to " + other + ", in plain words.",
					body.toString()));
		}
		return documents;
	}

	private String title(String subject, String other) {
		String capitalised = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
		return switch (this.random.nextInt(4)) {
			case 0 -> capitalised + " and " + other;
			case 1 -> "Understanding " + subject;
			case 2 -> "How " + subject + " affects " + other;
			default -> capitalised + " in " + pick(THERAPIES);
		};
	}

	private String sentence(String subject, String other) {
		return switch (this.random.nextInt(5)) {
			case 0 -> capital(pick(PEOPLE)) + " " + pick(VERBS) + " " + subject + " " + pick(QUALITIES) + ".";
			case 1 -> capital(pick(EVIDENCE)) + " of " + pick(THERAPIES) + " for " + other + " " + pick(FINDINGS) + ".";
			case 2 -> "In " + pick(THERAPIES) + ", " + pick(PEOPLE) + " " + pick(VERBS) + " " + pick(WORDS) + " and "
					+ pick(WORDS) + " linked to " + pick(CONCEPTS) + ".";
			case 3 -> capital(subject) + " can shape " + pick(WORDS) + " in " + pick(CONDITIONS) + " " + pick(QUALITIES)
					+ ", which " + pick(PEOPLE) + " may find hard at first.";
			default -> "It is not advice: talk to a qualified professional about " + other + " and " + pick(WORDS) + ".";
		};
	}

	String pick(String[] words) {
		return words[this.random.nextInt(words.length)];
	}

	private static String capital(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
