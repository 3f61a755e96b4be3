package org.psychodynamiclibrary.search;

import java.util.List;

import org.psychodynamiclibrary.search.SearchDocument.Kind;

/**
 * A small library for search tests. Each document's wording is chosen for one kind of match: for example
 * only "therapeutic-relationship" says "the therapeutic relationship" and never "alliance".
 */
final class SearchFixtures {

	private static final TextAnalyzer INDEXING = TextAnalyzer.forIndexing(Vocabulary.standard());

	private static final TextAnalyzer QUERYING = INDEXING.withSynonyms(Vocabulary.standard());

	private SearchFixtures() {
	}

	/** An index of the documents with the shipped word lists, ten results a page. */
	static SearchIndex index(List<SearchDocument> documents) {
		return new SearchIndex(documents, INDEXING, QUERYING, 10);
	}

	static List<SearchDocument> library() {
		return List.of(
				article("what-is-psychodynamic-therapy", "What is psychodynamic therapy?", "start-here",
						"Key points\nWhere it comes from\nHow it differs from psychoanalysis",
						"An introduction to a talking treatment that looks at how the past shapes the present.",
						"Psychodynamic therapy grew out of the ideas of Sigmund Freud. It pays attention to feelings "
								+ "and patterns that a person may not be aware of. The therapist listens closely and "
								+ "helps the client notice links between past and present."),
				article("what-happens-in-sessions", "What happens in sessions", "start-here",
						"Key points\nThe first meetings\nSilences and pauses",
						"What a typical session is like, from the first meeting onwards.",
						"Sessions are open and led by the client. Feelings about the therapist, known as "
								+ "transference, are talked about openly. Transference can show old patterns. "
								+ "The therapist may notice transference in small moments. Silences are allowed."),
				article("psychodynamic-therapy-compared", "How it compares with other therapies", "start-here",
						"Key points\nCompared with psychoanalysis\nCompared with cognitive behavioural therapy",
						"How this approach differs from psychoanalysis and from cognitive behavioural therapy.",
						"Cognitive behavioural therapy works on thoughts and behaviours in the here and now. "
								+ "Trials often find no clear winner between active therapies."),
				article("brief-psychodynamic-therapies", "Brief models and typical lengths", "start-here",
						"Key points\nTime-limited models",
						"The best-known time-limited models and how many sessions they take.",
						"Several models of STPP exist. Mann's time-limited psychotherapy lasts 12 sessions. "
								+ "Supportive-expressive therapy lasts 16 sessions for depression."),
				article("transference-and-countertransference", "Transference and countertransference", "concepts",
						"Key points\nWhat the words mean",
						"How feelings from earlier relationships can colour the relationship with a therapist.",
						"When old feelings are directed at the therapist, this can be looked at together. "
								+ "The therapist's own reactions are studied as well."),
				article("defence-mechanisms", "Defence mechanisms", "concepts",
						"Key points\nCommon defences\nWhy defences matter",
						"The ways the mind protects itself from painful feelings.",
						"Everyone uses defences such as denial or projection. They are not signs of weakness. "
								+ "In therapy, noticing a defence can free up energy."),
				article("therapeutic-relationship", "The relationship with your therapist", "concepts",
						"Key points\nTrust\nRuptures and repair",
						"Why the bond between client and therapist matters for the outcome.",
						"Research links a good therapeutic relationship to better outcomes. Trust grows slowly. "
								+ "Ruptures happen and can be repaired."),
				article("the-unconscious-mind", "The unconscious mind", "concepts",
						"Key points\nIdeas outside awareness",
						"The idea that much of mental life happens outside awareness.",
						"Thoughts and wishes outside awareness can still shape what people do."),
				article("working-with-dreams", "Working with dreams", "techniques",
						"Key points\nManifest and latent content",
						"How some therapists use dreams, and why the evidence is limited.",
						"Some therapists analyse dreams with the client. Dreaming may reflect current worries. "
								+ "The evidence for dream work is limited, so it is a choice made together."),
				article("mentalization-based-treatment", "Mentalization-based treatment", "techniques",
						"Key points\nThinking about minds",
						"A structured therapy that builds the skill of understanding minds.",
						"Mentalizing means making sense of what you and others feel and intend. The treatment "
								+ "was developed for people given a diagnosis of borderline personality disorder."),
				article("what-the-evidence-shows", "What the research shows", "benefits",
						"Key points\nLasting gains\nCompared with medication",
						"A balanced look at the trials and reviews.",
						"Meta-analyses report that gains in psychoanalytic psychotherapy can last after treatment "
								+ "ends. Randomized trials compared it with other treatments. Changes in behavior "
								+ "were measured too. Results are measured at p < 0.05 & <script>alert(1)</script>."),
				article("when-it-may-not-help", "When it may not help", "limitations",
						"Key points\nWhen another approach may suit better",
						"Situations where a different treatment may be a better first step.",
						"A person in crisis may need urgent help first. People with PTSD may need trauma-focused care first. Some people find an open-ended talking "
								+ "approach unsettling. Strong defense of a familiar routine is understandable."),
				topic("start-here", "Start here", "Begin here if you are new to psychodynamic therapy."),
				topic("concepts", "Concepts", "The core ideas behind the approach."),
				topic("techniques", "Techniques", "What therapists do in sessions."),
				topic("benefits", "Benefits", "What the evidence says therapy can help with."),
				topic("limitations", "Limitations", "Where the evidence is weaker or contested."),
				source("shedler2010", "The efficacy of psychodynamic psychotherapy", "Jonathan Shedler",
						"Shedler, J. (2010). The efficacy of psychodynamic psychotherapy. American Psychologist, 65(2), 98–109.",
						"A widely cited review of effect sizes. This library uses it for the finding that gains "
								+ "persist after treatment ends."),
				source("leichsenring2008", "Effectiveness of long-term psychodynamic psychotherapy: a meta-analysis",
						"Falk Leichsenring, Sven Rabung", "Leichsenring, F., & Rabung, S. (2008). JAMA, 300(13).",
						"Pooled 23 studies with 1,053 patients. Used here for long-term treatment outcomes."),
				source("csat1999-tip34-ch7", "Chapter 7: Brief Psychodynamic Therapy",
						"Center for Substance Abuse Treatment",
						"Center for Substance Abuse Treatment. (1999). Brief interventions and brief therapies.",
						"A government treatment protocol describing time-limited models and their lengths."));
	}

	static SearchDocument article(String slug, String title, String topic, String headings, String summary,
			String body) {
		return new SearchDocument(Kind.ARTICLE, "/articles/" + slug, title, topic, topicTitle(topic), headings,
				summary, body);
	}

	static SearchDocument topic(String slug, String title, String summary) {
		return new SearchDocument(Kind.TOPIC, "/topics/" + slug, title, slug, title, "", summary, summary);
	}

	static SearchDocument source(String key, String title, String authors, String reference, String annotation) {
		return new SearchDocument(Kind.SOURCE, "/sources/" + key, title, null, null, authors, reference, annotation);
	}

	private static String topicTitle(String slug) {
		return switch (slug) {
			case "start-here" -> "Start here";
			case "concepts" -> "Concepts";
			case "techniques" -> "Techniques";
			case "benefits" -> "Benefits";
			default -> "Limitations";
		};
	}

}
