package org.psychodynamiclibrary.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ArticleNotFoundException extends RuntimeException {

	ArticleNotFoundException(String slug) {
		super("No article '" + slug + "'");
	}

}
