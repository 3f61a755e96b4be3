package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.util.BitSet;
import java.util.Collection;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Collects every match of a query as the ordinals of its documents, for counting by kind and topic. */
final class MatchedOrdinals implements CollectorManager<MatchedOrdinals.OrdinalCollector, BitSet> {

	@Override
	public OrdinalCollector newCollector() {
		return new OrdinalCollector();
	}

	@Override
	public BitSet reduce(Collection<OrdinalCollector> collectors) {
		BitSet all = new BitSet();
		collectors.forEach((collector) -> all.or(collector.ordinals));
		return all;
	}

	static final class OrdinalCollector implements Collector {

		private final BitSet ordinals = new BitSet();

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			NumericDocValues values = DocValues.getNumeric(context.reader(), IndexSchema.ORDINAL);
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) throws IOException {
					if (values.advanceExact(doc)) {
						OrdinalCollector.this.ordinals.set((int) values.longValue());
					}
				}

			};
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
