package org.psychodynamiclibrary.source;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class SourceNotFoundException extends RuntimeException {

	SourceNotFoundException(String key) {
		super("No source '" + key + "'");
	}

}
