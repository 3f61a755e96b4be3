package org.psychodynamiclibrary.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A value of a fixed set that content files write as a code, such as {@code meta-analysis} or {@code usual-care}.
 */
public interface Coded {

	/** The value as written in a content file. */
	String code();

	/** The value a code names, if any. */
	static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter((value) -> value.code().equals(code)).findFirst();
	}

	/** Every code of a set, in order, for "use one of: …". */
	static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
	}

}
