package org.psychodynamiclibrary.search;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psychodynamiclibrary.cite.ShippedContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader who types the everyday name of a subject into the search box finds the article about it among the
 * first three results, on the shipped library.
 */
class EverydayNamesTests {

	private static final SearchIndex INDEX = SearchFixtures.index(SearchDocuments.of(ShippedContent.LIBRARY));

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource(delimiter = '|', textBlock = """
			defence mechanisms | defence-mechanisms
			defense mechanisms | defence-mechanisms
			repression | repression
			resistance | resistance
			id ego superego | the-structural-model
			structural model | the-structural-model
			object relations | object-relations
			mentalization | mentalization
			mentalisation | mentalization
			working through | working-through
			therapeutic frame | the-therapeutic-frame
			interpretation | interpretation
			working with resistance | working-with-resistance
			ending therapy | ending-therapy
			termination | ending-therapy
			what makes therapy psychodynamic | what-makes-therapy-psychodynamic
			supportive and expressive | supportive-and-expressive-work
			psychoanalysis | psychoanalysis
			long-term psychodynamic therapy | long-term-psychodynamic-therapy
			mentalization-based treatment | mentalization-based-treatment
			MBT | mentalization-based-treatment
			transference-focused psychotherapy | transference-focused-psychotherapy
			TFP | transference-focused-psychotherapy
			ISTDP | istdp
			intensive short-term dynamic psychotherapy | istdp
			DIT | dynamic-interpersonal-therapy
			dynamic interpersonal therapy | dynamic-interpersonal-therapy
			panic-focused psychodynamic psychotherapy | panic-focused-psychodynamic-psychotherapy
			PFPP | panic-focused-psychodynamic-psychotherapy
			supportive-expressive therapy | supportive-expressive-therapy
			group therapy | group-psychodynamic-therapy
			therapy for children | children-and-young-people
			online therapy | therapy-online
			depression | depression
			anxiety | anxiety-disorders
			personality disorder | personality-disorders
			borderline personality disorder | personality-disorders
			physical symptoms | physical-symptoms
			eating disorders | eating-disorders
			alcohol and drugs | alcohol-and-drug-problems
			how do I find a psychodynamic therapist | finding-a-therapist-uk
			find a therapist in the US | finding-a-therapist-us
			questions to ask a therapist | questions-to-ask-a-therapist
			cost of therapy | paying-for-therapy
			therapy is not helping | when-therapy-is-not-helping
			complain about a therapist | boundaries-and-complaints
			harms of therapy | harms-and-side-effects
			publication bias | trial-quality-and-publication-bias
			false memories | memory-in-therapy
			Freud | freud-and-the-beginnings
			Jung | jung-and-adler
			Adler | jung-and-adler
			Winnicott | klein-winnicott-and-object-relations
			Melanie Klein | klein-winnicott-and-object-relations
			Kohut | kohut-and-self-psychology
			self psychology | kohut-and-self-psychology
			attachment research | attachment-research-after-bowlby
			relational psychoanalysis | relational-psychoanalysis
			how was psychodynamic therapy tested | how-the-therapy-came-to-be-tested
			effect size | how-to-read-the-evidence
			""")
	void theArticleIsAmongTheFirstThreeResults(String query, String slug) {
		List<String> top = INDEX.search(SearchRequest.of(query)).hits().stream().limit(3).map(SearchHit::url).toList();
		assertThat(top).as(query).contains("/articles/" + slug);
	}

}
