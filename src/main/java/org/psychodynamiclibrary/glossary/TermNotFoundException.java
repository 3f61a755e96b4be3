package org.psychodynamiclibrary.glossary;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class TermNotFoundException extends RuntimeException {

	TermNotFoundException(String slug) {
		super("No glossary term '" + slug + "'");
	}

}
