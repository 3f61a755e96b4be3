package org.psychodynamiclibrary.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How to cite an article, formatted once at import: APA 7, MLA 9 and Chicago author-date, as HTML.
 */
@Embeddable
public record CiteThis(@Column(length = 2000) String apa, @Column(length = 2000) String mla,
		@Column(length = 2000) String chicago) {
}
