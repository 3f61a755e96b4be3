package org.psychodynamiclibrary.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Gives the terms a synonym added to a query less weight than the words typed, so that a page using the
 * reader's own words ranks above one that only uses a synonym. The query builder reads the boost.
 */
final class SynonymWeightFilter extends TokenFilter {

	static final float WEIGHT = 0.5f;

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final BoostAttribute boost = addAttribute(BoostAttribute.class);

	SynonymWeightFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		this.boost.setBoost(SynonymGraphFilter.TYPE_SYNONYM.equals(this.type.type()) ? WEIGHT : 1f);
		return true;
	}

}
