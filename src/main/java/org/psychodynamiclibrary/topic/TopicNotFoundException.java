package org.psychodynamiclibrary.topic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class TopicNotFoundException extends RuntimeException {

	TopicNotFoundException(String slug) {
		super("No topic '" + slug + "'");
	}

}
